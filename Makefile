# EntityGraph: `make graphs` builds the tool and runs it on corpus/; `make test` runs every test;
# `make bench` runs the benchmarks.
SWIFT ?= swift
RELEASE_BIN := .build/release/entgraph
DEBUG_BIN := .build/debug/entgraph
GRAPHS := graphs
FUZZ_SECONDS ?= 60

.PHONY: all deps build install uninstall graphs test model word-classes bench fuzz sanitize clean

all: build

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build -c release

# One self-contained file (the tagger model is compiled in): `make install PREFIX=~/.local`.
# Run again, it replaces the installed copy; DESTDIR stages it for a package.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
install: build
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 $(RELEASE_BIN) "$(DESTDIR)$(BINDIR)/entgraph"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/entgraph"

# The main job: the sample corpus into graphs/, then a short summary.
graphs: build
	@mkdir -p $(GRAPHS)
	$(RELEASE_BIN) build corpus/*.txt -o $(GRAPHS)/sample.graphml -o $(GRAPHS)/sample.dot -o $(GRAPHS)/sample.gexf -o $(GRAPHS)/sample.json
	$(RELEASE_BIN) centrality $(GRAPHS)/sample.graphml --measure all > $(GRAPHS)/sample-centrality.txt
	@if command -v neato >/dev/null; then neato -Tsvg $(GRAPHS)/sample.dot -o $(GRAPHS)/sample.svg.tmp && mv $(GRAPHS)/sample.svg.tmp $(GRAPHS)/sample.svg; fi
	@scripts/summary.sh $(RELEASE_BIN) $(GRAPHS)

# Every test: unit, golden, end-to-end (the debug binary on corpus/ against graphs/) and
# interop (NetworkX, igraph, Graphviz must be present: ENTGRAPH_REQUIRE_INTEROP=1).
test: deps
	$(SWIFT) build
	ENTGRAPH_REQUIRE_INTEROP=1 $(SWIFT) test --disable-xctest

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
# inside Foundation are suppressed (scripts/lsan-suppressions.txt).
sanitize: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt \
		$(SWIFT) test --skip-build --disable-xctest --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --disable-xctest --sanitize=thread --scratch-path .build-tsan

# Benchmarks (issues 7 and 8): prepares the news corpus and a spaCy venv once under bench-data/
# (ignored), builds release, runs every benchmark and prints one table. Takes several minutes
# and both cores: run it rarely. See Benchmarks/README.md.
BENCH_DATA := bench-data
BENCH_ARGS ?=
bench: deps
	python3 Benchmarks/prepare_corpus.py $(BENCH_DATA)
	@Benchmarks/setup_spacy.sh $(BENCH_DATA)/venv
	$(SWIFT) build -c release
	@# SwiftPM can miss files added to the library (a path dependency) without a fresh plan.
	rm -f Benchmarks/.build/release.yaml
	cd Benchmarks && $(SWIFT) build -c release
	python3 Benchmarks/run_bench.py --data $(BENCH_DATA) $(BENCH_ARGS)


clean:
	rm -rf .build .build-asan .build-tsan Fuzz/.build Benchmarks/.build

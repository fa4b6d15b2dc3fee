#!/usr/bin/env bash
# Installs what the build and the tests need, and nothing that is already there.
# Idempotent: a second run installs nothing. Used by `make deps` (and so by make, make graphs,
# make test and CI).
set -euo pipefail

# libjgrapht-java carries graphml.xsd and gexf.xsd in its jar: the schema tests extract them.
# chromium: the HTML view's browser tests (scripts/browser_check.py, headless).
apt_packages=(libxml2-dev zlib1g-dev pkg-config iso-codes graphviz libxml2-utils libjgrapht-java strace chromium)
# dask[bag]: the Dask recipe's test (scripts/scale/dask_entgraph.py).
python_modules=(networkx:networkx igraph:igraph pydot:pydot dask.bag:dask[bag])

missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "deps: installing ${missing[*]}" >&2
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
        $sudo apt-get update -q >/dev/null
        $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
    }
fi

for entry in "${python_modules[@]}"; do
    module=${entry%%:*}
    package=${entry##*:}
    if ! python3 -c "import $module" 2>/dev/null; then
        echo "deps: pip installing $package" >&2
        python3 -m pip install -q "$package"
    fi
done

# NetworkX 3.3, the last before the `edges` keyword, beside the current one: the JSON interop
# test checks that what `build` writes opens there with the default call too. Kept out of the
# system's packages, in a folder of its own (ENTGRAPH_OLD_NETWORKX, the tests use the same).
old_networkx=${ENTGRAPH_OLD_NETWORKX:-$HOME/.cache/entgraph/networkx-3.3}
if [[ ! -f $old_networkx/networkx/__init__.py ]]; then
    echo "deps: pip installing networkx==3.3 into $old_networkx" >&2
    python3 -m pip install -q --target "$old_networkx" networkx==3.3
fi

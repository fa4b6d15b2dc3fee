#!/usr/bin/env bash
# make lint: swift-format's rules, configured in .swift-format, over the project's Swift sources.
#
# The rules are enforced (naming of types, access control on extensions, doc comments with ///,
# no parentheses around conditions, import order, shorthand type names, ...); the
# pretty-printer's layout findings are not: the code is laid out by hand (aligned continuation
# lines, compact declarations) and reformatting it would churn every file for no reader's gain.
# The rules turned off in .swift-format are the house style's deliberate choices: several
# declarations on one line, math's one-letter constants (L, D), enum cases on one line,
# `case let .x(a, b)`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! swift format --version >/dev/null 2>&1; then
    echo "lint: 'swift format' not found (it ships with Swift 6 toolchains)" >&2
    exit 1
fi
layout='\[(Indentation|AddLines|RemoveLine|LineLength|Spacing|TrailingComma)\]'
findings=$(swift format lint --configuration .swift-format --recursive Sources Tests Benchmarks/Sources Fuzz/Sources 2>&1 \
    | grep -vE "$layout" || true)
if [ -n "$findings" ]; then
    echo "$findings" >&2
    echo "lint: $(grep -c ': warning:\|: error:' <<<"$findings" || true) findings (rules in .swift-format)" >&2
    exit 1
fi
echo "lint: clean"

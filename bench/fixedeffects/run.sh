#!/bin/sh
# Builds the fixed-effects benchmark natively with -O and runs it: ./run.sh [firms] [years] [keepPercent]
set -e
cd "$(dirname "$0")/../.."
swiftc -O -wmo -module-name FixedEffectsBenchmark -o /tmp/fixedeffects-benchmark \
    $(find Sources/PanelCore -name '*.swift') bench/fixedeffects/main.swift
/tmp/fixedeffects-benchmark "$@"

#!/usr/bin/env bash
# run.sh — support code: the portability matrix. From one Linux x86-64 machine it builds the
# project for the systems and processors learners bring, and runs the test suite where an emulator
# can run it:
#   mingw          Windows x86-64 (MinGW-w64 g++), every test run under Wine
#   aarch64-gcc    64-bit ARM Linux with g++, every test run under qemu-user
#   aarch64-clang  64-bit ARM Linux with clang++ --target=aarch64-linux-gnu, under qemu-user
#   macos          macOS on Apple silicon (clang++ --target=arm64-apple-macos): configure and
#                  compile only, as far as a missing macOS SDK allows
#   x86            this machine with g++ and clang++ for native, x86-64-v2 and x86-64-v3: the
#                  product tests, the benchmark's product table and the vector FMA instructions of
#                  the product kernel; compile-only for AVX-512 targets
#
#   tests/portability/run.sh [step ...]        (make portability; no step names: all of them)
#
# It installs nothing: a missing tool turns its steps into SKIP, and the end names the apt
# packages to install. Every step prints one line PASS, FAIL or SKIP with the reason; the run ends
# with a table of them and exits non-zero if any step failed. Each configuration builds in its own
# folder build-port-<name>, where the logs stay (configure.log, build.log, test.log).
set -u
cd "$(dirname "$0")/../.." || exit 1
ROOT=$PWD
JOBS=${JOBS:-2}

# Names that follow the layout of the project: change them here when targets move.
FRAMEWORK_TARGETS="mlp mlp_double mlp_reference_tier mlp_fast_tier" # standard library only (macOS)
PRODUCT_TESTS="test_products_fast test_products_float_fast" # the fast tier's kernel tests (x86)
BENCH_TARGET="benchmark"                          # prints the product table
BENCH_ARGS="--quick"
BENCH_ROWS='^784→128 +256 '                     # rows of its product table shown here
PRODUCT_SOURCE="src/fast/blocked_products.cpp"    # whose object's FMA instructions are counted
PRODUCT_SOURCE_TARGET="mlp_fast_tier"             # the library that compiles it (float)
X86_COMPILERS="g++ clang++"
X86_ARCHS="native x86-64-v2 x86-64-v3"
X86_COMPILE_ONLY_ARCHS="skylake-avx512 znver4"
AARCH64_SYSROOT=/usr/aarch64-linux-gnu

ALL_STEPS="mingw aarch64-gcc aarch64-clang macos x86"
STEPS=${*:-$ALL_STEPS}

RESULT_NAMES=()
RESULT_STATES=()
RESULT_REASONS=()
MISSING_PACKAGES=()

# record NAME STATE REASON: one line now, one row of the final table.
record() {
  RESULT_NAMES+=("$1")
  RESULT_STATES+=("$2")
  RESULT_REASONS+=("$3")
  printf '%-38s %-4s %s\n' "$1" "$2" "$3"
}

# missing_tools TOOL:PACKAGE ...: sets MISSING to the tools not found (with their packages), empty
# when all are there, and remembers the packages for the end. A TOOL starting with / is a file.
missing_tools() {
  local pair tool package
  MISSING=""
  for pair in "$@"; do
    tool=${pair%%:*}
    package=${pair#*:}
    if [[ $tool == /* ]]; then
      [[ -e $tool ]] && continue
    elif command -v "$tool" > /dev/null 2>&1; then
      continue
    fi
    MISSING+="${MISSING:+, }$tool (apt package $package)"
    MISSING_PACKAGES+=("$package")
  done
}

# configure NAME BUILD ARGS...: cmake into BUILD, logged; false on failure.
configure() {
  local build=$2
  shift 2
  mkdir -p "$build"
  cmake -S "$ROOT" -B "$build" "$@" > "$build/configure.log" 2>&1
}

# The instruction-set line that configure printed.
instruction_set() {
  grep -m1 'Instruction set:' "$1/configure.log" | sed 's/^-- //'
}

# build BUILD [TARGET...]: cmake --build, logged; false on failure.
build() {
  local build=$1
  shift
  local targets=()
  local target
  for target in "$@"; do
    targets+=(--target "$target")
  done
  cmake --build "$build" -j "$JOBS" "${targets[@]}" > "$build/build.log" 2>&1
}

# run_suite BUILD: ctest over the whole suite; prints "N passed, N skipped, N failed" and, on
# separate lines, each skipped test with its reason and each failed test. False if any failed.
run_suite() {
  local build=$1
  ctest --test-dir "$build" -j "$JOBS" --output-on-failure > "$build/test.log" 2>&1
  local status=$?
  local total passed skipped failed
  total=$(grep -c 'Test *#[0-9]*:' "$build/test.log")
  passed=$(grep -c 'Test *#[0-9]*: .*  Passed' "$build/test.log")
  skipped=$(grep -c 'Test *#[0-9]*: .*Skipped' "$build/test.log")
  failed=$((total - passed - skipped))
  SUITE_SUMMARY="$passed passed, $skipped skipped, $failed failed of $total tests"
  SUITE_DETAILS=$(awk '/^[0-9]+\/[0-9]+ Testing: / { name = $3 }
                       /^skipped: / { sub(/^skipped: /, ""); print "    skipped " name ": " $0 }' \
                    "$build/Testing/Temporary/LastTest.log" 2> /dev/null)
  local failures
  failures=$(grep 'Test *#[0-9]*: ' "$build/test.log" | grep -v 'Passed\|Skipped' |
               sed 's/^ *[0-9]*\/[0-9]* Test *#[0-9]*: /    failed  /; s/ *\.\.\.*/ /')
  [[ -n $failures ]] && SUITE_DETAILS+=${SUITE_DETAILS:+$'\n'}$failures
  [[ $status -eq 0 && $failed -eq 0 ]]
}

# A suite step: configure, build everything, run every test under the emulator.
suite_step() {
  local name=$1 build=$2
  shift 2
  if ! configure "$name" "$build" "$@"; then
    record "$name" FAIL "configure failed (see $build/configure.log)"
    return
  fi
  local arch
  arch=$(instruction_set "$build")
  if ! build "$build"; then
    record "$name" FAIL "build failed, $arch (see $build/build.log)"
    return
  fi
  if run_suite "$build"; then
    record "$name" PASS "$SUITE_SUMMARY; $arch"
  else
    record "$name" FAIL "$SUITE_SUMMARY; $arch (see $build/test.log)"
  fi
  [[ -n $SUITE_DETAILS ]] && printf '%s\n' "$SUITE_DETAILS"
}

step_mingw() {
  missing_tools cmake:cmake x86_64-w64-mingw32-g++-posix:g++-mingw-w64-x86-64-posix \
                          wine:"wine wine64"
  [[ -n $MISSING ]] && { record mingw SKIP "missing $MISSING"; return; }
  # Wine keeps its own Windows installation (a "prefix") in the build folder, made once, without
  # the .NET and HTML add-ons (it would offer to download them) and without its debug messages.
  export WINEPREFIX=$ROOT/build-port-mingw/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  mkdir -p "$WINEPREFIX"
  wineboot --init > /dev/null 2>&1
  suite_step mingw build-port-mingw -DCMAKE_TOOLCHAIN_FILE=tests/portability/mingw-w64.cmake \
    -DMLP_WERROR=ON
}

step_aarch64_gcc() {
  missing_tools cmake:cmake aarch64-linux-gnu-g++:g++-aarch64-linux-gnu \
    "$AARCH64_SYSROOT/include/stdio.h:libc6-dev-arm64-cross" qemu-aarch64:qemu-user
  [[ -n $MISSING ]] && { record aarch64-gcc SKIP "missing $MISSING"; return; }
  suite_step aarch64-gcc build-port-aarch64-gcc \
    -DCMAKE_TOOLCHAIN_FILE=tests/portability/aarch64-gcc.cmake -DMLP_NATIVE=ON -DMLP_WERROR=ON
}

step_aarch64_clang() {
  missing_tools cmake:cmake clang++:clang aarch64-linux-gnu-g++:g++-aarch64-linux-gnu \
    "$AARCH64_SYSROOT/include/stdio.h:libc6-dev-arm64-cross" qemu-aarch64:qemu-user
  [[ -n $MISSING ]] && { record aarch64-clang SKIP "missing $MISSING"; return; }
  suite_step aarch64-clang build-port-aarch64-clang \
    -DCMAKE_TOOLCHAIN_FILE=tests/portability/aarch64-clang.cmake -DMLP_NATIVE=ON -DMLP_WERROR=ON
}

# macOS without its SDK: configure (with the instruction-set check) and the framework libraries,
# which need only the C++ standard library. Set MACOS_SDK to an SDK folder to use one.
step_macos() {
  local build=build-port-macos
  missing_tools cmake:cmake clang++:clang llvm-ar:llvm llvm-ranlib:llvm
  [[ -n $MISSING ]] && { record macos-configure SKIP "missing $MISSING"; return; }
  local sdk=()
  [[ -n ${MACOS_SDK:-} ]] && sdk=(-DCMAKE_OSX_SYSROOT="$MACOS_SDK")
  if ! configure macos "$build" -DCMAKE_TOOLCHAIN_FILE=tests/portability/macos-clang.cmake \
      -DMLP_NATIVE=ON -DMLP_WERROR=ON "${sdk[@]}"; then
    record macos-configure FAIL "configure failed (see $build/configure.log)"
    return
  fi
  record macos-configure PASS "$(instruction_set "$build")"
  local libcxx
  libcxx=$(find /usr/lib/llvm-*/include/c++/v1 -maxdepth 0 2> /dev/null | head -1)
  missing_tools "$libcxx/vector:libc++-dev"
  if [[ -n $MISSING ]]; then
    record macos-compile SKIP "no libc++ headers for the macOS target: missing $MISSING"
    return
  fi
  # shellcheck disable=SC2086
  if build "$build" $FRAMEWORK_TARGETS; then
    record macos-compile PASS "compiled $FRAMEWORK_TARGETS (not linked, not run: no macOS here)"
    return
  fi
  # Again on one job, so that the log holds one compiler's messages rather than two interleaved.
  # shellcheck disable=SC2086
  JOBS=1 build "$build" $FRAMEWORK_TARGETS
  local first
  first=$(grep -m1 "fatal error: '.*' file not found" "$build/build.log" |
            sed "s/.*fatal error: '\(.*\)' file not found.*/\1/")
  local from
  from=$(grep -m1 "fatal error: '.*' file not found" "$build/build.log" | cut -d: -f1)
  if [[ -n $first && $from == /usr/* ]]; then
    record macos-compile SKIP "no macOS SDK: libc++'s headers are found, but the C library \
headers under them are Linux's ($from wants <$first>), so no file compiled; MACOS_SDK=<SDK folder> \
would go further"
  else
    record macos-compile FAIL "compiling $FRAMEWORK_TARGETS failed (see $build/build.log)"
  fi
}

# The vector fused multiply-adds in the product kernel's object, by register width: packed
# (vector) ones on xmm (128-bit), ymm (256-bit) and zmm (512-bit), and the scalar ones. Where
# there are none (x86-64-v2 has no FMA), the packed multiplies show whether the loops vectorised.
fma_counts() {
  objdump -d --no-show-raw-insn "$1" | awk '
    /\tvfn?m(add|sub|addsub|subadd)[0-9]+p[sd] / {
      if (/%zmm/) zmm++; else if (/%ymm/) ymm++; else xmm++
    }
    /\tvfn?m(add|sub)[0-9]+s[sd] / { scalar++ }
    /\tv?mulp[sd] / { if (/%zmm/) mzmm++; else if (/%ymm/) mymm++; else mxmm++ }
    END {
      printf "vector FMA xmm %d, ymm %d, zmm %d (scalar %d)", xmm, ymm, zmm, scalar
      if (xmm + ymm + zmm == 0)
        printf "; no FMA, vector multiplies xmm %d, ymm %d, zmm %d", mxmm, mymm, mzmm
    }'
}

product_object() {
  echo "$1/CMakeFiles/$PRODUCT_SOURCE_TARGET.dir/$PRODUCT_SOURCE.o"
}

# The arguments that select an instruction set: native is MLP_NATIVE, any other a MLP_ARCH.
arch_arguments() {
  if [[ $1 == native ]]; then
    echo "-DMLP_NATIVE=ON -DMLP_ARCH="
  else
    echo "-DMLP_NATIVE=OFF -DMLP_ARCH=$1"
  fi
}

# One x86 configuration: the product tests pass, the benchmark's product rows, the FMA counts.
x86_configuration() {
  local compiler=$1 arch=$2 name="x86 $1 $2" build="build-port-x86-${1%++}-$2"
  [[ $compiler == g++ ]] && build="build-port-x86-gcc-$arch"
  # shellcheck disable=SC2046
  if ! configure "$name" "$build" -DCMAKE_CXX_COMPILER="$compiler" -DMLP_WERROR=ON \
      $(arch_arguments "$arch"); then
    record "$name" FAIL "configure failed (see $build/configure.log)"
    return
  fi
  # shellcheck disable=SC2086
  if ! build "$build" $PRODUCT_TESTS $BENCH_TARGET; then
    record "$name" FAIL "build failed (see $build/build.log)"
    return
  fi
  local test failed=""
  for test in $PRODUCT_TESTS; do
    "$build/$test" > "$build/$test.log" 2>&1 || failed+=" $test"
  done
  # shellcheck disable=SC2086
  if ! "$build/$BENCH_TARGET" $BENCH_ARGS > "$build/benchmark.txt" 2>&1; then
    failed+=" $BENCH_TARGET"
  fi
  local fma
  fma=$(fma_counts "$(product_object "$build")")
  if [[ -n $failed ]]; then
    record "$name" FAIL "failed:$failed (logs in $build); $fma"
  else
    record "$name" PASS "$PRODUCT_TESTS pass; $fma"
  fi
  # The table's two header lines, then the chosen rows.
  { grep -A2 '^Matrix products' "$build/benchmark.txt" | tail -2
    grep -E "$BENCH_ROWS" "$build/benchmark.txt"; } | sed 's/^/    /'
}

# A compile-only x86 configuration: just the product kernel's object, and its FMA counts.
x86_compile_only() {
  local compiler=$1 arch=$2 name="x86 $1 $2 (compile)" build="build-port-x86-${1%++}-$2"
  [[ $compiler == g++ ]] && build="build-port-x86-gcc-$arch"
  if ! configure "$name" "$build" -DCMAKE_CXX_COMPILER="$compiler" -DMLP_NATIVE=OFF \
      -DMLP_ARCH="$arch" -DMLP_WERROR=ON; then
    if grep -q 'does not accept' "$build/configure.log"; then
      record "$name" SKIP "$compiler $($compiler -dumpversion) does not know -march=$arch"
    else
      record "$name" FAIL "configure failed (see $build/configure.log)"
    fi
    return
  fi
  if ! build "$build" "${PRODUCT_SOURCE%.cpp}.o"; then
    record "$name" FAIL "compiling $PRODUCT_SOURCE failed (see $build/build.log)"
    return
  fi
  record "$name" PASS "compiled only; $(fma_counts "$(product_object "$build")")"
}

step_x86() {
  local compiler arch
  for compiler in $X86_COMPILERS; do
    missing_tools cmake:cmake objdump:binutils "$compiler:${compiler/clang++/clang}"
    if [[ -n $MISSING ]]; then
      record "x86 $compiler" SKIP "missing $MISSING"
      continue
    fi
    for arch in $X86_ARCHS; do
      x86_configuration "$compiler" "$arch"
    done
    for arch in $X86_COMPILE_ONLY_ARCHS; do
      x86_compile_only "$compiler" "$arch"
    done
  done
}

echo "Portability matrix on $(uname -m) $(uname -s), $(date -u '+%Y-%m-%d %H:%M UTC'), -j$JOBS"
echo "steps: $STEPS"
echo
for step in $STEPS; do
  case $step in
    mingw) step_mingw ;;
    aarch64-gcc) step_aarch64_gcc ;;
    aarch64-clang) step_aarch64_clang ;;
    macos) step_macos ;;
    x86) step_x86 ;;
    *)
      echo "run.sh: unknown step '$step' (steps: $ALL_STEPS)" >&2
      exit 2
      ;;
  esac
done

echo
echo "Summary"
printf '%-38s %-4s %s\n' step state reason
declare -A counts=([PASS]=0 [SKIP]=0 [FAIL]=0)
for i in "${!RESULT_NAMES[@]}"; do
  printf '%-38s %-4s %s\n' "${RESULT_NAMES[$i]}" "${RESULT_STATES[$i]}" "${RESULT_REASONS[$i]}"
  counts[${RESULT_STATES[$i]}]=$((counts[${RESULT_STATES[$i]}] + 1))
done
if [[ ${#MISSING_PACKAGES[@]} -gt 0 ]]; then
  packages=$(printf '%s\n' "${MISSING_PACKAGES[@]}" | tr ' ' '\n' | sort -u | paste -sd ' ')
  echo
  echo "Some steps were skipped for missing tools. To install them (Debian/Ubuntu):"
  echo "  apt-get update && apt-get install -y $packages"
fi
echo
echo "${counts[PASS]} passed, ${counts[SKIP]} skipped, ${counts[FAIL]} failed"
[[ ${counts[FAIL]} -eq 0 ]]

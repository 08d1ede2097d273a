# Thin wrapper over CMake for the common commands.
#   make        build everything (Release, -O3 -march=native)
#   make test   configure, build and run every test through CTest
#   make lab    build and run the MNIST lab on the data in data/
#   make clean  remove the build folders
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all configure test clean

all: configure
	cmake --build $(BUILD) -j $(JOBS)

configure:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

test: all
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf build build-*

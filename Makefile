# Thin wrapper over CMake for the common commands.
#   make        build everything (Release, -O3 -march=native)
#   make test   configure, build and run every test through CTest
#   make lab    build and run the MNIST lab on the data in data/ (options: LAB_ARGS="...")
#   make experiment   the lab's depth x activation comparison
#   make lesson-pictures   run the lesson programs to redraw the pictures in lessons/images/
#   make lab-pictures      run the lab and its experiment to redraw lessons/images/lab-*.svg
#   make bench  build in Release and run the speed benchmark of lessons/speed.md
#   make portability   build and test for Windows, ARM and macOS and several x86 instruction sets
#                      (tests/portability/run.sh; not part of make test; options: STEPS="...")
#   make clean  remove the build folders
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all configure test clean lesson-pictures lab-pictures lab experiment bench portability

all: configure
	cmake --build $(BUILD) -j $(JOBS)

configure:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

test: all
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The lab needs only its own program, so it builds just that.
LAB_ARGS ?=
lab: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab
	./$(BUILD)/mnist_lab $(LAB_ARGS)

experiment: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab
	./$(BUILD)/mnist_lab experiment $(LAB_ARGS)

# The lab page's pictures: the default run and the experiment, copied into lessons/images/.
LAB_PICTURES = $(BUILD)/lab-pictures
lab-pictures: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab
	./$(BUILD)/mnist_lab --no-progress --output $(LAB_PICTURES)
	./$(BUILD)/mnist_lab experiment --no-progress --output $(LAB_PICTURES)
	for picture in loss accuracy weights misclassified experiment; do \
	  cp $(LAB_PICTURES)/$$picture.svg lessons/images/lab-$$picture.svg || exit 1; \
	done

# The lesson programs that draw pictures (lesson_backprop only prints).
LESSON_PICTURE_PROGRAMS = lesson_losses lesson_gradient_descent lesson_framework lesson_overfitting

lesson-pictures: all
	for program in $(LESSON_PICTURE_PROGRAMS); do \
	  ./$(BUILD)/$$program --output lessons/images || exit 1; \
	done

# Timings only mean something from an optimised build, so the benchmark is always built in Release.
bench:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target benchmark
	./$(BUILD)/benchmark

# Cross builds under Wine and qemu, and the x86 instruction-set matrix: long, so never part of test.
STEPS ?=
portability:
	bash tests/portability/run.sh $(STEPS)

clean:
	rm -rf build build-*

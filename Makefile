# Thin wrapper over CMake for the common commands; `make help` lists them.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all configure help test clean lesson-pictures lab-pictures lab lab-reference experiment exercises bench portability

all: configure
	cmake --build $(BUILD) -j $(JOBS)

configure:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

help:
	@echo "make                  build everything (Release, -O3 -march=native) into $(BUILD)/"
	@echo "make test             build, then run every test through CTest"
	@echo "make lab              train the MNIST lab's default network; each run gets its own"
	@echo "                      folder in build/lab/runs/ (options: LAB_ARGS=\"--epochs 5 ...\")"
	@echo "make lab-reference    the same lab on the reference tier of kernels (plain loops, one thread)"
	@echo "make experiment       the lab's depth x activation comparison, 7 runs and one page"
	@echo "make exercises        grade your files in lessons/exercises/, one line per exercise"
	@echo "make lesson-pictures  run the lesson programs to redraw lessons/images/"
	@echo "make lab-pictures     run the lab and its experiment to redraw lessons/images/lab-*.svg"
	@echo "make bench            build in Release and run the speed benchmark (lessons/speed.md)"
	@echo "make portability      build and test for Windows, ARM, macOS and several x86 instruction sets"
	@echo "                      (tests/portability/run.sh, not part of make test; STEPS=\"mingw x86\")"
	@echo "make clean            remove the build folders"
	@echo "Build options: make CMAKE_FLAGS=\"-DMLP_SANITIZE=ON\" (see README.md)"

test: all
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The lab needs only its own program, so it builds just that.
LAB_ARGS ?=
lab: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab
	./$(BUILD)/mnist_lab $(LAB_ARGS)

lab-reference: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab_reference
	./$(BUILD)/mnist_lab_reference $(LAB_ARGS)

experiment: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab
	./$(BUILD)/mnist_lab experiment $(LAB_ARGS)

# The exercises of lessons/exercises/: builds the framework with the learner's files swapped in and
# grades them; exits non-zero while any exercise is not done.
EXERCISE_TESTS = test_layers test_losses test_network test_gradient_check test_sgd \
                 test_backward_parameters
exercises: configure
	cmake --build $(BUILD) -j $(JOBS) --target grade_exercises $(EXERCISE_TESTS:=_exercises)
	./$(BUILD)/grade_exercises
	@for test in $(EXERCISE_TESTS); do \
	  if ./$(BUILD)/$${test}_exercises > $(BUILD)/$${test}_exercises.log 2>&1; then \
	    echo "$$test passes with your files"; \
	  else \
	    echo "$$test FAILED with your files: see $(BUILD)/$${test}_exercises.log"; exit 1; \
	  fi; \
	done

# The teacher's page's pictures and tables (lessons/mnist-lab-answers.md), from real runs kept
# in build/lab/runs/lesson-*: the default run, the experiment, and four hidden layers of sigmoid
# against ReLU, compared.
LAB = ./$(BUILD)/mnist_lab
RUNS = build/lab/runs
lab-pictures: configure
	cmake --build $(BUILD) -j $(JOBS) --target mnist_lab
	$(LAB) --no-progress --name lesson-default
	$(LAB) experiment --no-progress --name lesson-experiment
	$(LAB) --no-progress --name lesson-deep-sigmoid --layers 784,128,128,128,128,10 --activation sigmoid --epochs 5
	$(LAB) --no-progress --name lesson-deep-relu --layers 784,128,128,128,128,10 --activation relu --epochs 5
	$(LAB) compare $(RUNS)/lesson-deep-sigmoid $(RUNS)/lesson-deep-relu --name lesson-deep
	for picture in loss accuracy weights gradients first-layer misclassified; do \
	  cp $(RUNS)/lesson-default/$$picture.svg lessons/images/lab-$$picture.svg || exit 1; \
	done
	for picture in validation-accuracy training-accuracy max-weights gradients; do \
	  cp $(RUNS)/lesson-experiment/$$picture.svg lessons/images/lab-experiment-$$picture.svg || exit 1; \
	done
	cp $(RUNS)/lesson-experiment/comparison.md lessons/images/lab-experiment.md
	cp build/lab/comparisons/lesson-deep/gradients.svg lessons/images/lab-deep-gradients.svg
	cp build/lab/comparisons/lesson-deep/comparison.md lessons/images/lab-deep.md

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

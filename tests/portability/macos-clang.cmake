# macos-clang.cmake — support code: CMake toolchain file for compiling (not linking, not running)
# for macOS on Apple silicon with clang++ --target=arm64-apple-macos on Linux, where there is no
# macOS SDK. Configure-time checks therefore build static libraries only. Used by run.sh.
set(CMAKE_SYSTEM_NAME Darwin)
set(CMAKE_SYSTEM_PROCESSOR arm64)
set(CMAKE_CXX_COMPILER clang++)
set(CMAKE_CXX_COMPILER_TARGET arm64-apple-macos11)
# libc++ is the C++ library of macOS (Debian: libc++-14-dev has its headers).
set(CMAKE_CXX_FLAGS_INIT "-stdlib=libc++")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_AR llvm-ar)
set(CMAKE_RANLIB llvm-ranlib)

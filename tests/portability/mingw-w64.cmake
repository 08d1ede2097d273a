# mingw-w64.cmake — support code: CMake toolchain file for a Windows (x86-64) build made on Linux
# with MinGW-w64's g++ (Debian: g++-mingw-w64-x86-64-posix), whose tests CTest runs under Wine.
# Used by run.sh; by hand: cmake -S . -B build-port-mingw
#   -DCMAKE_TOOLCHAIN_FILE=tests/portability/mingw-w64.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
# The "posix" variant: its threads are winpthreads, so std::thread works.
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# Linked statically, so the .exe files need none of MinGW's DLLs next to them.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_CROSSCOMPILING_EMULATOR wine)

# Cross-compiles for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix).
# The posix thread model is the one whose libstdc++ has std::thread and std::mutex.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(OFFRAMP_MINGW_PREFIX x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${OFFRAMP_MINGW_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER ${OFFRAMP_MINGW_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER ${OFFRAMP_MINGW_PREFIX}-windres)
set(CMAKE_AR ${OFFRAMP_MINGW_PREFIX}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${OFFRAMP_MINGW_PREFIX}-gcc-ranlib-posix CACHE FILEPATH "")

# Windows headers and libraries come from the MinGW root only; build tools come from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${OFFRAMP_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# Header-only packages (nlohmann/json) are taken from the host; the top-level CMakeLists.txt copies
# their headers aside so that the host's /usr/include never reaches the Windows compiler.
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# One self-contained executable: no libstdc++, libgcc or winpthread DLLs next to it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
# Windows 7 and later: the APIs used (job objects, GetFinalPathNameByHandleW) are older than that.
set(CMAKE_CXX_FLAGS_INIT "-D_WIN32_WINNT=0x0601 -DWINVER=0x0601 -DUNICODE -D_UNICODE -DNOMINMAX -DWIN32_LEAN_AND_MEAN")
set(CMAKE_C_FLAGS_INIT "-D_WIN32_WINNT=0x0601 -DWINVER=0x0601 -DUNICODE -D_UNICODE")


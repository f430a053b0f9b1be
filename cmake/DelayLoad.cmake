# Delay-loaded Windows DLLs. The loader resolves a program's imports before main() runs, from the program's
# own folder first for every DLL that is not one of Windows' "known DLLs", so a DLL planted beside a download
# would run. A delay-loaded DLL is looked for only at its first call, after loadDllsFromSystemOnly()
# (platform/DllSearch.h) has limited the search to System32.
#
# offramp_delay_load(<target> <dll name>...): for each name (without ".dll"), a delay-import library
# lib<name>.a is made once at configure time from MinGW's import library (its __imp_ symbols become the .def
# that dlltool reads) in a folder that the target searches before MinGW's own, so that -l<name>, wherever Qt
# or Offramp asks for it, links the delay-loading one.
function(offramp_delay_load target)
    set(folder "${PROJECT_BINARY_DIR}/delayload")
    file(MAKE_DIRECTORY "${folder}")
    find_program(OFFRAMP_MINGW_NM x86_64-w64-mingw32-nm REQUIRED)
    find_program(OFFRAMP_MINGW_DLLTOOL x86_64-w64-mingw32-dlltool REQUIRED)
    foreach(name IN LISTS ARGN)
        set(library "${folder}/lib${name}.a")
        if(NOT EXISTS "${library}")
            # MinGW's own import library, in the toolchain's root (cmake/mingw-w64-x86_64.cmake).
            set(importLibrary "${CMAKE_FIND_ROOT_PATH}/lib/lib${name}.a")
            if(NOT EXISTS "${importLibrary}")
                message(FATAL_ERROR "MinGW has no import library ${importLibrary}")
            endif()
            execute_process(COMMAND "${OFFRAMP_MINGW_NM}" "${importLibrary}" OUTPUT_VARIABLE symbols
                            RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR "could not read ${importLibrary}")
            endif()
            string(REGEX MATCHALL " I __imp_[A-Za-z0-9_@?$]+" imports "${symbols}")
            list(TRANSFORM imports REPLACE " I __imp_" "")
            list(REMOVE_DUPLICATES imports)
            list(JOIN imports "\n    " exports)
            file(WRITE "${folder}/${name}.def" "LIBRARY ${name}.dll\nEXPORTS\n    ${exports}\n")
            execute_process(COMMAND "${OFFRAMP_MINGW_DLLTOOL}" --input-def "${folder}/${name}.def"
                                    --output-delaylib "${library}" --dllname "${name}.dll"
                            RESULT_VARIABLE result ERROR_VARIABLE errors)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR "dlltool could not make the delay-import library of ${name}.dll: ${errors}")
            endif()
        endif()
    endforeach()
    target_link_directories(${target} BEFORE PRIVATE "${folder}")
endfunction()

# The DLLs Offramp's programs import that are not known DLLs (the known ones always come from System32).
set(OFFRAMP_DELAY_LOADED_DLLS
    authz d3d9 d3d11 dwmapi dwrite dxgi netapi32 shcore userenv uxtheme version winmm wtsapi32)

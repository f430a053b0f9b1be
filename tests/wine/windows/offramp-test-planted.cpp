// SPDX-License-Identifier: GPL-3.0-or-later
// A DLL planted beside a program, under the name of a Windows DLL that program uses: when loaded, it adds its
// own path to C:\planted-dll-loaded.txt, and does nothing else. test_wine_dll_search copies it beside offramp.exe
// under each such name and shows that none is ever loaded.
#include <windows.h>

extern "C" BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID /*reserved*/)
{
    if (reason != DLL_PROCESS_ATTACH) {
        return TRUE;
    }
    wchar_t name[MAX_PATH] = {};
    const DWORD length = ::GetModuleFileNameW(instance, name, MAX_PATH);
    HANDLE file = ::CreateFileW(L"C:\\planted-dll-loaded.txt", FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file != INVALID_HANDLE_VALUE) {
        DWORD written = 0;
        ::WriteFile(file, name, length * sizeof(wchar_t), &written, nullptr);
        ::WriteFile(file, L"\n", sizeof(wchar_t), &written, nullptr);
        ::CloseHandle(file);
    }
    return TRUE;
}

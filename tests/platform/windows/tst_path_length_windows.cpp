// SPDX-License-Identifier: GPL-3.0-or-later
// When a Windows error means that a path is too long (platform/windows/PathLength.h), as the rescue copier and the
// journal lock tell it: a name longer than 255, or a long path whose folder is there; not a long path whose folder
// is missing, which is said as missing, also where Windows allows long paths. Run under Wine by the Linux build's
// test_wine_platform_path_length.
#include "TestMain.h"
#include "platform/windows/PathLength.h"
#include "platform/windows/Win32.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using offramp::platform::windows::failedForLength;

namespace {

// A folder path under `base` at least `length` characters long, made of names of 50.
fs::path deepUnder(const fs::path& base, std::size_t length)
{
    fs::path path = base;
    for (wchar_t letter = L'a'; path.native().size() < length; ++letter) {
        path /= std::wstring(50, letter);
    }
    return path;
}

// `path` through "\\?\", which Windows allows at any length.
fs::path extended(const fs::path& path)
{
    return L"\\\\?\\" + fs::path(path).make_preferred().native();
}

} // namespace

class TestPathLengthWindows : public QObject
{
    Q_OBJECT

private slots:
    void aLongPathWhoseFolderIsThereIsTooLong()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path folder = deepUnder(fs::path(dir.path().toStdWString()), 260);
        fs::create_directories(extended(folder));
        QVERIFY(fs::is_directory(extended(folder)));
        const fs::path file = folder / L"journal.json.lock";
        QVERIFY(failedForLength(ERROR_PATH_NOT_FOUND, file));
        QVERIFY(failedForLength(ERROR_FILE_NOT_FOUND, file));
        QVERIFY(failedForLength(ERROR_FILENAME_EXCED_RANGE, file));
        // Other errors are what they say, however long the path.
        QVERIFY(!failedForLength(ERROR_ACCESS_DENIED, file));
        QVERIFY(!failedForLength(ERROR_DISK_FULL, file));
    }

    void aLongPathWhoseFolderIsMissingIsMissing()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path file = deepUnder(fs::path(dir.path().toStdWString()), 260) / L"journal.json.lock";
        QVERIFY(!fs::exists(extended(file.parent_path())));
        QVERIFY(!failedForLength(ERROR_PATH_NOT_FOUND, file));
        QVERIFY(!failedForLength(ERROR_FILE_NOT_FOUND, file));
        // Windows' own "too long" is believed.
        QVERIFY(failedForLength(ERROR_FILENAME_EXCED_RANGE, file));
    }

    void aNameLongerThan255IsTooLongWhereverItIs()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path base(dir.path().toStdWString());
        QVERIFY(failedForLength(ERROR_FILE_NOT_FOUND, base / std::wstring(256, L'j')));
        QVERIFY(failedForLength(ERROR_PATH_NOT_FOUND, base / L"missing" / std::wstring(300, L'b') / L"file"));
    }

    void aShortPathIsNeverTooLong()
    {
        QVERIFY(!failedForLength(ERROR_PATH_NOT_FOUND, fs::path(L"C:\\missing\\journal.json")));
        QVERIFY(!failedForLength(ERROR_INVALID_NAME, fs::path(L"C:\\bad?name")));
    }
};

OFFRAMP_TEST_GUILESS_MAIN(TestPathLengthWindows)
#include "tst_path_length_windows.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/FolderOf.h"

#include <QTest>

using offramp::utils::folderOf;
using std::filesystem::path;

class TestFolderOf : public QObject
{
    Q_OBJECT

private slots:
    void folderOfAFile()
    {
        QCOMPARE(folderOf(path("/var/lib/offramp/journal.json")), path("/var/lib/offramp"));
        QCOMPARE(folderOf(path("exports/passwords.csv")), path("exports"));
        QCOMPARE(folderOf(path("/journal.json")), path("/"));
    }

    // A bare name lives in the current folder: never an empty path, which no system call takes.
    void bareNameIsInTheCurrentFolder()
    {
        QCOMPARE(folderOf(path("passwords.csv")), path("."));
        QCOMPARE(folderOf(path()), path("."));
    }
};

QTEST_APPLESS_MAIN(TestFolderOf)
#include "tst_folderof.moc"

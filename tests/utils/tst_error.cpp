// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Error.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <filesystem>
#include <iterator>

using offramp::Error;
using offramp::ErrorKind;
using offramp::errorKindOf;

Q_DECLARE_METATYPE(ErrorKind)

class TestError : public QObject
{
    Q_OBJECT

private slots:
    // The kind and the subject travel with the English line, and the error is caught as a std::runtime_error too.
    void keepsKindSubjectAndMessage()
    {
        try {
            throw Error(ErrorKind::Damaged, "line 3 of /var/lib/dpkg/status: no Package field", "/var/lib/dpkg/status");
        } catch (const std::runtime_error& caught) {
            const auto* error = dynamic_cast<const Error*>(&caught);
            QVERIFY(error != nullptr);
            QCOMPARE(error->kind(), ErrorKind::Damaged);
            QCOMPARE(error->subject(), std::string("/var/lib/dpkg/status"));
            QCOMPARE(std::string(error->what()), std::string("line 3 of /var/lib/dpkg/status: no Package field"));
        }
        QVERIFY(Error(ErrorKind::Failed, "x").subject().empty());
    }

    void everyKindHasItsOwnId()
    {
        const ErrorKind kinds[] = {ErrorKind::Failed,        ErrorKind::NotFound,     ErrorKind::NotAFile,
                                   ErrorKind::AlreadyExists, ErrorKind::NoPermission, ErrorKind::DiskFull,
                                   ErrorKind::PathTooLong,   ErrorKind::Busy,         ErrorKind::Unreadable,
                                   ErrorKind::Damaged,       ErrorKind::NotText,      ErrorKind::Unsupported,
                                   ErrorKind::InvalidInput};
        QSet<QString> ids;
        for (const ErrorKind kind : kinds) {
            ids.insert(QString::fromUtf8(offramp::errorKindId(kind).data(),
                                         static_cast<qsizetype>(offramp::errorKindId(kind).size())));
        }
        QCOMPARE(ids.size(), static_cast<qsizetype>(std::size(kinds)));
        QCOMPARE(offramp::errorKindId(ErrorKind::DiskFull), std::string_view("disk-full"));
    }

    void kindOfSystemErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("ENOENT") << ENOENT << ErrorKind::NotFound;
        QTest::newRow("EACCES") << EACCES << ErrorKind::NoPermission;
        QTest::newRow("EPERM") << EPERM << ErrorKind::NoPermission;
        QTest::newRow("EROFS") << EROFS << ErrorKind::NoPermission;
        QTest::newRow("ENOSPC") << ENOSPC << ErrorKind::DiskFull;
        QTest::newRow("EFBIG") << EFBIG << ErrorKind::DiskFull;
        QTest::newRow("ENAMETOOLONG") << ENAMETOOLONG << ErrorKind::PathTooLong;
        QTest::newRow("EBUSY") << EBUSY << ErrorKind::Busy;
        QTest::newRow("EEXIST") << EEXIST << ErrorKind::AlreadyExists;
        QTest::newRow("EISDIR") << EISDIR << ErrorKind::NotAFile;
        QTest::newRow("EIO") << EIO << ErrorKind::Unreadable;
        QTest::newRow("EINVAL") << EINVAL << ErrorKind::Failed;
    }
    void kindOfSystemErrors()
    {
        QFETCH(int, code);
        QFETCH(ErrorKind, kind);
        QCOMPARE(errorKindOf(std::error_code(code, std::generic_category())), kind);
    }

    void noErrorIsNoKindInParticular() { QCOMPARE(errorKindOf(std::error_code()), ErrorKind::Failed); }

    // What std::filesystem reports for a real missing file and a real folder.
    void kindOfFilesystemErrors()
    {
        QTemporaryDir dir;
        const std::filesystem::path missing = dir.path().toStdString() + "/missing";
        std::error_code code;
        (void)std::filesystem::file_size(missing, code);
        QCOMPARE(errorKindOf(code), ErrorKind::NotFound);
        std::filesystem::create_directory(missing, code);
        QVERIFY(!code);
        std::filesystem::create_directory(missing / "x" / "y", code);
        QVERIFY(code);
        QCOMPARE(errorKindOf(code), ErrorKind::NotFound);
    }
};

QTEST_APPLESS_MAIN(TestError)
#include "tst_error.moc"

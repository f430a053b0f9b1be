// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ErrorText.h"

#include "engine/utils/Error.h"
#include "wizard/TextHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <filesystem>

namespace {

// The sentences' translation context.
class ErrorSentences
{
    Q_DECLARE_TR_FUNCTIONS(ErrorSentences)

public:
    static QString withSubject(offramp::ErrorKind kind, const QString& subject);
    static QString withoutSubject(offramp::ErrorKind kind);
};

QString ErrorSentences::withSubject(offramp::ErrorKind kind, const QString& subject)
{
    using offramp::ErrorKind;
    switch (kind) {
    case ErrorKind::NotFound:
        return tr("“%1” is not there: it may have been moved, renamed or deleted. Check that it is where Offramp "
                  "looks for it, then try again.")
            .arg(subject);
    case ErrorKind::NotAFile:
        return tr("“%1” is a folder or a link, not a file. Choose the file itself, then try again.").arg(subject);
    case ErrorKind::AlreadyExists:
        return tr("“%1” already exists, and Offramp never writes over a file. Choose another name, or move the "
                  "existing file away, then try again.")
            .arg(subject);
    case ErrorKind::NoPermission:
        return tr("This computer does not let Offramp use “%1”. Make sure your account may use it, or choose "
                  "another place, then try again.")
            .arg(subject);
    case ErrorKind::DiskFull:
        return tr("The disk that holds “%1” is full. Free some space there, or choose a place on another disk, then "
                  "try again.")
            .arg(subject);
    case ErrorKind::PathTooLong:
        return tr("The path “%1” is longer than this system allows. Choose a place with a shorter path, then try "
                  "again.")
            .arg(subject);
    case ErrorKind::Busy:
        return tr("Another program is using “%1” right now. Wait until it has finished, or close it, then try again.")
            .arg(subject);
    case ErrorKind::Unreadable:
        return tr("“%1” could not be read: another program may be holding it, or the disk may be failing. Try "
                  "again; if it keeps failing, ask someone to check the disk.")
            .arg(subject);
    case ErrorKind::Damaged:
        return tr("“%1” is damaged: what it holds is not what it should be, so Offramp cannot rely on it. Offramp "
                  "has not changed it. Ask someone who knows the computer to look at it.")
            .arg(subject);
    case ErrorKind::NotText:
        return tr("“%1” is not text that Offramp can read: it may have been saved in another form, or be another "
                  "kind of file. Choose the original file.")
            .arg(subject);
    case ErrorKind::Unsupported:
        return tr("“%1” is in a form Offramp cannot read.").arg(subject);
    case ErrorKind::InvalidInput:
    case ErrorKind::Failed:
        break;
    }
    return withoutSubject(kind);
}

QString ErrorSentences::withoutSubject(offramp::ErrorKind kind)
{
    using offramp::ErrorKind;
    switch (kind) {
    case ErrorKind::NotFound:
        return tr("Something Offramp needs is not there: it may have been moved, renamed or deleted.");
    case ErrorKind::NotAFile:
        return tr("A folder or a link is where Offramp expected a file.");
    case ErrorKind::AlreadyExists:
        return tr("The name is already taken, and Offramp never writes over a file. Choose another name.");
    case ErrorKind::NoPermission:
        return tr("This computer does not let Offramp do this. Make sure your account may, then try again.");
    case ErrorKind::DiskFull:
        return tr("The disk is full. Free some space, then try again.");
    case ErrorKind::PathTooLong:
        return tr("A path is longer than this system allows. Choose a place with a shorter path.");
    case ErrorKind::Busy:
        return tr("Another program is working on it right now. Wait until it has finished, then try again.");
    case ErrorKind::Unreadable:
        return tr("A file could not be read: another program may be holding it, or the disk may be failing. Try "
                  "again; if it keeps failing, ask someone to check the disk.");
    case ErrorKind::Damaged:
        return tr("A file Offramp needs is damaged, so Offramp cannot rely on it. Offramp has not changed it.");
    case ErrorKind::NotText:
        return tr("A file is not text that Offramp can read.");
    case ErrorKind::Unsupported:
        return tr("Offramp cannot do this on this kind of computer or with this kind of file.");
    case ErrorKind::InvalidInput:
        return tr("Offramp was asked for something that is not valid. This is a fault in Offramp; please report "
                  "it.");
    case ErrorKind::Failed:
        break;
    }
    return tr("Something went wrong that Offramp did not expect. Try again; if it happens again, show the details "
              "to someone who can help.");
}

// The file or name an error concerns, as a person reads it.
QString shownSubject(const offramp::Error& error)
{
    return QDir::toNativeSeparators(toQString(error.subject()));
}

} // namespace

QString describeErrorKind(offramp::ErrorKind kind, const QString& subject)
{
    return subject.isEmpty() ? ErrorSentences::withoutSubject(kind) : ErrorSentences::withSubject(kind, subject);
}

QString technicianDetails(const QString& english)
{
    return QCoreApplication::translate("ErrorSentences", "Details for a technician: %1").arg(english.trimmed());
}

QString asSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('!')) ||
        trimmed.endsWith(QLatin1Char('?'))) {
        return trimmed;
    }
    return trimmed + QLatin1Char('.');
}

bool speaksEnglish()
{
    const QLocale::Language language = QLocale().language();
    return language == QLocale::English || language == QLocale::C;
}

QString errorSubjectText(const offramp::Error& error)
{
    if (speaksEnglish()) {
        return QString::fromUtf8(error.what()).trimmed();
    }
    return error.subject().empty() ? describeErrorKind(error.kind(), {}) : shownSubject(error);
}

ErrorText describeError(const std::exception& error)
{
    const QString english = QString::fromUtf8(error.what()).trimmed();
    if (speaksEnglish()) {
        return {asSentence(english), {}};
    }
    offramp::ErrorKind kind = offramp::ErrorKind::Failed;
    QString subject;
    if (const auto* known = dynamic_cast<const offramp::Error*>(&error)) {
        kind = known->kind();
        subject = shownSubject(*known);
    } else if (const auto* system = dynamic_cast<const std::filesystem::filesystem_error*>(&error)) {
        kind = offramp::errorKindOf(system->code());
        subject = fromPath(system->path1());
    }
    return {describeErrorKind(kind, subject), technicianDetails(english)};
}

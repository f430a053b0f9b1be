// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_ERRORTEXT_H
#define OFFRAMP_WIZARD_ERRORTEXT_H

#include <QString>

#include <exception>

namespace offramp {
class Error;
enum class ErrorKind;
} // namespace offramp

// An error as the wizard shows it. The engine and the platform layer say what went wrong in one English line
// (what()), written for people, and give it a kind (utils/Error.h). In English the page shows that line; in
// every other language it shows the kind's sentence instead, and the English line only as a detail for whoever
// helps the person, so that no English sentence stands on a translated page.
struct ErrorText
{
    QString sentence; // what happened, what it means and what to do, in the person's language
    QString details;  // "Details for a technician: <what()>", where the sentence does not hold it; else empty
};

// What happened, what it means and what to do for an error of this kind about `subject` (a file, a folder; may be
// empty), in the person's language.
QString describeErrorKind(offramp::ErrorKind kind, const QString& subject);

// The text for an error caught. In English: its own line as a sentence, and no details. In another language: the
// sentence of its kind (an offramp::Error by its kind and subject, a std::filesystem::filesystem_error by its system
// error and path, anything else as an unexpected failure), and its own line as the details.
ErrorText describeError(const std::exception& error);

// What a caller's own sentence names with its "%1": in English the error's own line; in another language the file or
// folder it concerns, or, when it names none, the sentence of its kind.
QString errorSubjectText(const offramp::Error& error);

// Whether the wizard speaks English now (the translators make the language spoken the default locale; the C locale is
// English too), so that the engine's English lines may be shown as they are.
bool speaksEnglish();

// "text." from "text": a line ended as a sentence, unless it already is one.
QString asSentence(const QString& text);

// The English line a program or library wrote, as a detail for a technician, with the words before it in the
// person's language.
QString technicianDetails(const QString& english);

#endif

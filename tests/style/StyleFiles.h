// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_STYLEFILES_H
#define OFFRAMP_TESTS_STYLEFILES_H

#include <QDirIterator>
#include <QProcess>
#include <QStringList>

#include <functional>

namespace offramp::test {

// The project's C++ sources below the given folders of the source tree, sorted.
inline QStringList sourceFiles(const QStringList& folders)
{
    QStringList files;
    for (const auto& folder : folders) {
        QDirIterator it(QStringLiteral(OFFRAMP_SOURCE_DIR "/") + folder, {"*.cpp", "*.h"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
    }
    files.sort();
    return files;
}

// Runs `program` with each file's arguments, a few at a time, and returns the failures as text.
inline QStringList runForEach(const QString& program, const QStringList& files,
                              const std::function<QStringList(const QString&)>& argumentsFor, int parallel)
{
    QStringList failures;
    int next = 0;
    QList<QPair<QProcess*, QString>> running;
    while (next < files.size() || !running.isEmpty()) {
        while (running.size() < parallel && next < files.size()) {
            auto* process = new QProcess;
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(program, argumentsFor(files[next]));
            running.append({process, files[next]});
            ++next;
        }
        auto [process, file] = running.takeFirst();
        if (!process->waitForFinished(600000) || process->exitStatus() != QProcess::NormalExit ||
            process->exitCode() != 0) {
            failures << file + QStringLiteral(":\n") + QString::fromUtf8(process->readAll()).left(4000);
        }
        delete process;
    }
    return failures;
}

} // namespace offramp::test

#endif

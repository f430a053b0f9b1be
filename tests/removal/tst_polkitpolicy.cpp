// SPDX-License-Identifier: GPL-3.0-or-later
// The polkit policy pkexec uses to run offramp-cli remove as root: well-formed XML with the action, its
// English and Spanish texts, an administrator's password for every kind of session, and exec.path naming
// the installed offramp-cli; cmake --install puts it where polkit reads actions.
#include "TestSupport.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace offramp;

namespace {

constexpr const char* kActionId = "org.offramp.Offramp.remove";

// What the policy says about one action.
struct Action
{
    QMap<QString, QString> texts; // "description", "description[es]", "message", "message[es]"
    QMap<QString, QString> defaults;
    QMap<QString, QString> annotations;
};

struct Policy
{
    QString root;
    QString vendor;
    QMap<QString, Action> actions;
    QString error;
};

Policy readPolicy(const QByteArray& xml)
{
    Policy policy;
    QXmlStreamReader reader(xml);
    Action* action = nullptr;
    bool inDefaults = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("defaults")) {
                inDefaults = false;
            }
            continue;
        }
        if (!reader.isStartElement()) {
            continue;
        }
        const QString name = reader.name().toString();
        if (policy.root.isEmpty()) {
            policy.root = name;
        } else if (name == QLatin1String("vendor")) {
            policy.vendor = reader.readElementText();
        } else if (name == QLatin1String("action")) {
            action = &policy.actions[reader.attributes().value(QLatin1String("id")).toString()];
        } else if (name == QLatin1String("defaults")) {
            inDefaults = true;
        } else if (action != nullptr && inDefaults) {
            action->defaults.insert(name, reader.readElementText());
        } else if (action != nullptr && (name == QLatin1String("description") || name == QLatin1String("message"))) {
            const QString language = reader.attributes().value(QLatin1String("xml:lang")).toString();
            action->texts.insert(language.isEmpty() ? name : name + QLatin1Char('[') + language + QLatin1Char(']'),
                                 reader.readElementText());
        } else if (action != nullptr && name == QLatin1String("annotate")) {
            const QString key = reader.attributes().value(QLatin1String("key")).toString();
            action->annotations.insert(key, reader.readElementText());
        }
    }
    if (reader.hasError()) {
        policy.error = reader.errorString() + QStringLiteral(" at line ") + QString::number(reader.lineNumber());
    }
    return policy;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

class TestPolkitPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The policy is written when installing, for the prefix installed to: install this build's
        // packaging/linux folder (the policy and the files around it) where polkit reads actions.
        QVERIFY(m_prefix.isValid());
        try {
            test::runOrThrow(test::requireTool("cmake"),
                             {"--install", QStringLiteral(OFFRAMP_POLKIT_BUILD_DIR), "--prefix", m_prefix.path()});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        const QString installed =
            m_prefix.path() + QStringLiteral("/share/polkit-1/actions/org.offramp.Offramp.policy");
        m_xml = readAll(installed);
        QVERIFY2(!m_xml.isEmpty(), qPrintable(QStringLiteral("the installed policy is missing: ") + installed));
        m_policy = readPolicy(m_xml);
        QVERIFY2(m_policy.error.isEmpty(), qPrintable(m_policy.error));
    }

    void isAPolicyConfigWithTheRemoveAction()
    {
        QCOMPARE(m_policy.root, QStringLiteral("policyconfig"));
        QCOMPARE(m_policy.vendor, QStringLiteral("Offramp"));
        QCOMPARE(m_policy.actions.keys(), QStringList{QString::fromLatin1(kActionId)});
        // Every @VARIABLE@ of the template was filled in.
        QVERIFY2(!m_xml.contains('@'), m_xml.constData());
    }

    void theExecPathIsTheInstalledCli()
    {
        const Action action = m_policy.actions.value(QString::fromLatin1(kActionId));
        QCOMPARE(action.annotations.value(QStringLiteral("org.freedesktop.policykit.exec.path")),
                 m_prefix.path() + QStringLiteral("/bin/offramp-cli"));
        QCOMPARE(action.annotations.value(QStringLiteral("org.freedesktop.policykit.exec.allow_gui")),
                 QStringLiteral("false"));
    }

    void asksForAnAdministratorsPasswordEverywhere()
    {
        const Action action = m_policy.actions.value(QString::fromLatin1(kActionId));
        QCOMPARE(action.defaults.keys(), (QStringList{"allow_active", "allow_any", "allow_inactive"}));
        for (const auto& value : action.defaults) {
            QVERIFY2(value == QLatin1String("auth_admin") || value == QLatin1String("auth_admin_keep"),
                     qPrintable(value));
        }
    }

    void speaksEnglishAndSpanish()
    {
        const Action action = m_policy.actions.value(QString::fromLatin1(kActionId));
        QCOMPARE(action.texts.value(QStringLiteral("description")),
                 QStringLiteral("Remove Kaspersky from this computer"));
        QCOMPARE(action.texts.value(QStringLiteral("description[es]")),
                 QStringLiteral("Eliminar Kaspersky de este equipo"));
        QVERIFY(action.texts.value(QStringLiteral("message")).contains(QLatin1String("Kaspersky")));
        QCOMPARE(action.texts.value(QStringLiteral("message[es]")),
                 QString::fromUtf8("Se requiere autenticación para eliminar Kaspersky de este equipo"));
    }

private:
    QTemporaryDir m_prefix;
    QByteArray m_xml;
    Policy m_policy;
};

QTEST_GUILESS_MAIN(TestPolkitPolicy)
#include "tst_polkitpolicy.moc"

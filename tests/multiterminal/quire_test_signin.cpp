// quire-test-signin: a terminal's sign-in screen with a robot at it. Opens
// the store from the same options as `quire` (--db, --db-password-file,
// --pepper-file, --config with [auth] pepperFile), migrates it and wires
// sign-in with Authentication::create exactly as quire's window does, then:
//   --create-manager NAME:PIN  sets up the store's first manager,
//   --sign-in NAME:PIN         tries that PIN,
//   neither                    only starts.
// Prints one JSON line: {"outcome":"started"|"created"|"signed-in"|"refused"|...}.
// Exit status: 0 done, 1 bad options or database, 2 sign-in refused to start
// (the message on stderr, as quire prints it), 3 the PIN was not accepted.
#include "auth/Authentication.h"
#include "persistence/Database.h"
#include "persistence/Migrator.h"
#include "services/CoreOptions.h"
#include "support/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {

void print(const QString &outcome)
{
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("outcome"), outcome}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    std::fflush(stdout);
}

int fail(const QString &message, int status)
{
    std::fprintf(stderr, "quire-test-signin: %s\n", qPrintable(message));
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // quire's names: the default pepper path is quire's own.
    QCoreApplication::setApplicationName(QStringLiteral("quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCommandLineParser parser;
    parser.addHelpOption();
    quire::CoreOptions::addTo(parser);
    const QCommandLineOption createManager(QStringLiteral("create-manager"),
                                           QStringLiteral("Set up the first manager."),
                                           QStringLiteral("name:pin"));
    const QCommandLineOption signIn(QStringLiteral("sign-in"), QStringLiteral("Try this PIN."),
                                    QStringLiteral("name:pin"));
    parser.addOptions({createManager, signIn});
    parser.process(app);

    auto options = quire::CoreOptions::from(parser);
    if (!options)
        return fail(options.error().message, 1);
    auto password = options->databasePassword();
    if (!password)
        return fail(password.error().message, 1);
    quire::SystemClock clock;
    auto database = quire::Database::open(options->databasePath, *password,
                                          QStringLiteral("quire-") + options->terminalId);
    if (!database)
        return fail(database.error().message, 1);
    if (auto migrated = quire::Migrator(**database, clock).migrate(); !migrated)
        return fail(migrated.error().message, 1);

    quire::AuthenticationOptions authOptions; // as TerminalStartup::startSignIn()
    authOptions.pepperPath = options->pepperFile;
    authOptions.hashing = quire::PinHasher::minimumParameters();
    auto authentication = quire::Authentication::create(**database, clock, authOptions);
    if (!authentication)
        return fail(authentication.error().message, 2);

    if (parser.isSet(createManager)) {
        const QStringList parts = parser.value(createManager).split(u':');
        if (parts.size() != 2)
            return fail(QStringLiteral("--create-manager needs NAME:PIN"), 1);
        auto created = (*authentication)
                           ->admin()
                           .createFirstManager(parts.at(0), parts.at(0), parts.at(1), parts.at(1));
        if (!created)
            return fail(created.error().message, 1);
        print(QStringLiteral("created"));
        return 0;
    }
    if (parser.isSet(signIn)) {
        const QStringList parts = parser.value(signIn).split(u':');
        if (parts.size() != 2)
            return fail(QStringLiteral("--sign-in needs NAME:PIN"), 1);
        auto attempt = (*authentication)->auth().signIn(parts.at(0), parts.at(1));
        if (!attempt)
            return fail(attempt.error().message, 1);
        switch (attempt->outcome) {
        case quire::SignInAttempt::Outcome::SignedIn:
            print(QStringLiteral("signed-in"));
            return 0;
        case quire::SignInAttempt::Outcome::Refused:
            print(QStringLiteral("refused"));
            return 3;
        case quire::SignInAttempt::Outcome::Locked:
            print(QStringLiteral("locked"));
            return 3;
        case quire::SignInAttempt::Outcome::MalformedPin:
            print(QStringLiteral("malformed"));
            return 3;
        }
        return 3;
    }
    print(QStringLiteral("started"));
    return 0;
}

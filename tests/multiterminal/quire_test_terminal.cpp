// quire-test-terminal: a terminal of the store with a robot at the till.
// Starts the real core (CoreServices: database, flows, callback server,
// gateway client, payment coordinator) from the same options as `quire`,
// sells for --sell-seconds, then prints one JSON line with what it did:
//   callbacks on http://127.0.0.1:PORT        (first line, as quire --headless)
//   {"terminal":"t1","orders":...,"paid":...} (last line)
// The gateway's API key comes from QUIRE_GATEWAY_API_KEY, as for quire.
#include "TerminalSeller.h"
#include "gateway/CallbackServer.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "support/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-test-terminal"));
    QCommandLineParser parser;
    parser.addHelpOption();
    quire::CoreOptions::addTo(parser);
    const QCommandLineOption isbns(QStringLiteral("isbns"), QStringLiteral("Books to sell."),
                                   QStringLiteral("isbn,isbn,..."));
    const QCommandLineOption seconds(QStringLiteral("sell-seconds"),
                                     QStringLiteral("How long to sell."), QStringLiteral("s"),
                                     QStringLiteral("10"));
    const QCommandLineOption inFlight(QStringLiteral("in-flight"),
                                      QStringLiteral("Sales under way at once."),
                                      QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({isbns, seconds, inFlight, seed});
    parser.process(app);

    auto options = quire::CoreOptions::from(parser);
    if (!options) {
        std::fprintf(stderr, "quire-test-terminal: %s\n", qPrintable(options.error().message));
        return 1;
    }
    quire::SystemClock clock;
    auto core = quire::CoreServices::start(*options, clock);
    if (!core) {
        std::fprintf(stderr, "quire-test-terminal: %s\n", qPrintable(core.error().message));
        return 1;
    }
    const auto &server = (*core)->callbackServer();
    std::printf("callbacks on http://%s:%u\n", qPrintable(server.address().toString()),
                unsigned(server.port()));
    std::fflush(stdout);

    quire::test::TerminalSeller::Settings settings;
    settings.isbns = parser.value(isbns).split(u',', Qt::SkipEmptyParts);
    settings.seconds = parser.value(seconds).toInt();
    settings.inFlight = std::max(1, parser.value(inFlight).toInt());
    settings.gatewayUrl = QUrl(options->gateway.baseUrl);
    settings.apiKey = qgetenv("QUIRE_GATEWAY_API_KEY");
    settings.terminalId = options->terminalId;
    settings.seed = parser.value(seed).toUInt();
    if (settings.isbns.isEmpty() || settings.seconds <= 0) {
        std::fprintf(stderr, "quire-test-terminal: --isbns and --sell-seconds are needed\n");
        return 1;
    }
    quire::test::TerminalSeller seller(**core, settings);
    QObject::connect(&seller, &quire::test::TerminalSeller::finished, &app,
                     [] { QCoreApplication::quit(); });
    seller.start();
    const int status = QCoreApplication::exec();
    std::printf("%s\n", QJsonDocument(seller.summary()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return status;
}

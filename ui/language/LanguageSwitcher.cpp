#include "language/LanguageSwitcher.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace quire {

namespace {

const QString translationsFolder = QStringLiteral(":/i18n");
const QString quireFilePrefix = QStringLiteral("quire_");

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_current(QLocale::English, QLocale::UnitedStates)
{}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QList<QLocale> LanguageSwitcher::availableLanguages()
{
    QList<QLocale> languages{QLocale(QLocale::English)};
    const QStringList files
        = QDir(translationsFolder)
              .entryList({quireFilePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.mid(quireFilePrefix.size()).chopped(3);
        const QLocale locale(name);
        if (locale.language() != QLocale::C && locale.language() != QLocale::English)
            languages.append(locale);
    }
    return languages;
}

QLocale LanguageSwitcher::supportedLocale(const QLocale &requested)
{
    for (const QLocale &language : availableLanguages()) {
        if (language.language() == requested.language())
            return requested;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale LanguageSwitcher::switchTo(const QLocale &locale)
{
    const QLocale target = supportedLocale(locale);
    // The default locale first: the LanguageChange that installing the
    // translators sends makes screens re-render money and dates with it.
    QLocale::setDefault(target);
    removeTranslators();
    if (target.language() != QLocale::English) {
        auto *quire = new QTranslator(this);
        if (quire->load(target, QStringLiteral("quire"), QStringLiteral("_"), translationsFolder)) {
            QCoreApplication::installTranslator(quire);
            m_quireTranslator = quire;
        } else {
            qCWarning(lcUi) << "no Quire translation for" << target.name();
            delete quire;
        }
        auto *qt = new QTranslator(this);
        if (qt->load(target, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    if (!m_quireTranslator && QCoreApplication::instance()) {
        // Back to the source language: nothing is installed, so tell the
        // screens ourselves.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    m_current = target;
    qCDebug(lcUi) << "language switched to" << target.name();
    emit languageChanged(target);
    return target;
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator **translator : {&m_quireTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace quire

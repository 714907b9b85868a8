#pragma once

#include <QList>
#include <QLocale>
#include <QObject>

class QTranslator;

namespace quire {

// Changes the language of the running application: loads Quire's and Qt's
// translations for a locale, makes that locale the default one (so money,
// dates and numbers follow it) and replaces the translators. Installing a
// translator sends QEvent::LanguageChange to every window; screens
// retranslate themselves there, item models through ModelTextRefresh.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // English (the source language) and every language Quire has a
    // translation for, in that order.
    static QList<QLocale> availableLanguages();

    // The locale the translations of `requested` would come from: a language
    // Quire speaks keeps the requested country (de_AT formats money as in
    // Austria), anything else falls back to English.
    static QLocale supportedLocale(const QLocale &requested);

    QLocale currentLocale() const { return m_current; }

    // Switches to `locale` (see supportedLocale). Returns the locale now in use.
    QLocale switchTo(const QLocale &locale);

signals:
    void languageChanged(const QLocale &locale);

private:
    void removeTranslators();

    QLocale m_current;
    QTranslator *m_quireTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace quire

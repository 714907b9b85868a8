#include "language/LanguageChooser.h"

#include "language/LanguageSwitcher.h"

#include <QEvent>

namespace quire {

LanguageChooser::LanguageChooser(LanguageSwitcher *switcher, QWidget *parent)
    : QComboBox(parent)
    , m_switcher(switcher)
{
    setObjectName(QStringLiteral("languageChooser"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QLocale &language : LanguageSwitcher::availableLanguages()) {
        QString name = language.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" starts a line here
        addItem(name, language.name());
    }
    showCurrentLanguage();
    updateTexts();
    connect(this, &QComboBox::activated, this, &LanguageChooser::onActivated);
    connect(m_switcher, &LanguageSwitcher::languageChanged, this,
            &LanguageChooser::showCurrentLanguage);
}

void LanguageChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QComboBox::changeEvent(event);
}

void LanguageChooser::onActivated(int index)
{
    const QLocale chosen(itemData(index).toString());
    if (chosen.language() == m_switcher->currentLocale().language())
        return;
    // Keep the country of the system locale where it speaks the chosen
    // language (de_AT stays Austrian), otherwise the language's main country.
    const QLocale system = QLocale::system();
    m_switcher->switchTo(system.language() == chosen.language() ? system : chosen);
}

void LanguageChooser::showCurrentLanguage()
{
    const int index = findData(QLocale(m_switcher->currentLocale().language()).name());
    if (index >= 0)
        setCurrentIndex(index);
}

void LanguageChooser::updateTexts()
{
    setToolTip(tr("Language of the screens, receipts, money and dates"));
    setAccessibleName(tr("Language"));
}

} // namespace quire

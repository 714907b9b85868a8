#pragma once

#include <QComboBox>

namespace quire {

class LanguageSwitcher;

// A list of the languages Quire speaks, each named in its own language
// ("Deutsch", "Français"), that switches the running application.
class LanguageChooser final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageChooser)

public:
    explicit LanguageChooser(LanguageSwitcher *switcher, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onActivated(int index);
    void showCurrentLanguage();
    void updateTexts();

    LanguageSwitcher *m_switcher;
};

} // namespace quire

#pragma once

#include "domain/Book.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace quire {

class CatalogSearch;

// What an idle kiosk shows: the store's welcome, a row of featured books
// with their covers, "Touch to start" and the language choice. A tap
// anywhere except on a language starts; a language button asks for the
// interface to switch (languageRequested), the kiosk decides what to do.
// Three switches make the kiosk easier to use (large text, high contrast,
// speech on headphones); the kiosk applies them (KioskAppearance,
// KioskSpeech) and shows their state back with showModes().
class AttractScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttractScreen)

public:
    // One row: "Touch to start" and every choice stay on a 1280×800 screen.
    static constexpr int FeaturedCount = 4;

    AttractScreen(const CatalogSearch &catalog, const QString &storeName,
                  QWidget *parent = nullptr);
    ~AttractScreen() override;

    // Picks the next featured books (in stock, with a cover), so the screen
    // changes from one customer to the next.
    void refresh();
    const QList<Book> &featured() const { return m_featured; }
    // Shows which of the switches are on, without emitting.
    void showModes(bool largeText, bool highContrast, bool speech);
    // With large text: no featured books, and the languages above the
    // switches instead of beside them, so that "Touch to start" and every
    // choice stay on one screen.
    void setLargeTextLayout(bool on);

Q_SIGNALS:
    void startRequested();
    // `localeName` like "de_DE"; the kiosk installs the translation.
    void languageRequested(const QString &localeName);
    void largeTextToggled(bool on);
    void highContrastToggled(bool on);
    void speechToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTexts();
    void updateChoicesDirection();

    const CatalogSearch &m_catalog;
    QString m_storeName;
    QLabel *m_welcome;
    QLabel *m_featuredTitle;
    QGridLayout *m_featuredGrid;
    QPushButton *m_startButton;
    QLabel *m_languageLabel;
    QLabel *m_modesLabel;
    QPushButton *m_largeTextButton;
    QPushButton *m_contrastButton;
    QPushButton *m_speechButton;
    QList<QPushButton *> m_languageButtons;
    QList<Book> m_featured;
    int m_rotation = 0;
    bool m_largeTextLayout = false;
    QBoxLayout *m_choices = nullptr;
    QBoxLayout *m_languageRow = nullptr;
    QBoxLayout *m_modesRow = nullptr;
};

} // namespace quire

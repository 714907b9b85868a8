#pragma once

#include "domain/Book.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace quire {

class CatalogSearch;

// What an idle kiosk shows: the store's welcome, a row of featured books
// with their covers, "Touch to start" and the language choice. A tap
// anywhere except on a language starts; a language button asks for the
// interface to switch (languageRequested), the kiosk decides what to do.
class AttractScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttractScreen)

public:
    static constexpr int FeaturedCount = 8;

    AttractScreen(const CatalogSearch &catalog, const QString &storeName,
                  QWidget *parent = nullptr);
    ~AttractScreen() override;

    // Picks the next featured books (in stock, with a cover), so the screen
    // changes from one customer to the next.
    void refresh();
    const QList<Book> &featured() const { return m_featured; }

Q_SIGNALS:
    void startRequested();
    // `localeName` like "de_DE"; the kiosk installs the translation.
    void languageRequested(const QString &localeName);

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateTexts();

    const CatalogSearch &m_catalog;
    QString m_storeName;
    QLabel *m_welcome;
    QLabel *m_featuredTitle;
    QGridLayout *m_featuredGrid;
    QPushButton *m_startButton;
    QLabel *m_languageLabel;
    QList<QPushButton *> m_languageButtons;
    QList<Book> m_featured;
    int m_rotation = 0;
};

} // namespace quire

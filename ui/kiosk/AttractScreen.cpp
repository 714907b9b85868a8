#include "kiosk/AttractScreen.h"

#include "catalog/CatalogSearch.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

namespace {

struct Language
{
    const char *localeName;
    QString nativeName; // shown in its own language: never translated
};

const QList<Language> &languages()
{
    static const QList<Language> all{
        {"en_GB", QStringLiteral("English")},
        {"de_DE", QStringLiteral("Deutsch")},
        {"fr_FR", QStringLiteral("Français")},
    };
    return all;
}

} // namespace

AttractScreen::AttractScreen(const CatalogSearch &catalog, const QString &storeName,
                             QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_storeName(storeName)
    , m_welcome(new QLabel(this))
    , m_featuredTitle(new QLabel(this))
    , m_featuredGrid(new QGridLayout)
    , m_startButton(new QPushButton(this))
    , m_languageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setProperty("kioskRole", QStringLiteral("headline"));
    m_featuredTitle->setObjectName(QStringLiteral("featuredTitle"));
    m_featuredTitle->setAlignment(Qt::AlignCenter);
    m_startButton->setObjectName(QStringLiteral("touchToStartButton"));
    m_startButton->setProperty("kioskRole", QStringLiteral("primary"));
    m_startButton->setMinimumSize(420, 110);
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));

    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(m_languageLabel);
    for (const Language &language : languages()) {
        auto *button = new QPushButton(language.nativeName, this);
        const QString localeName = QString::fromLatin1(language.localeName);
        button->setObjectName(QStringLiteral("language_") + localeName);
        button->setAccessibleName(language.nativeName);
        button->setMinimumSize(160, 64);
        connect(button, &QPushButton::clicked, this,
                [this, localeName] { Q_EMIT languageRequested(localeName); });
        languageRow->addWidget(button);
        m_languageButtons.append(button);
    }
    languageRow->addStretch();

    m_featuredGrid->setSpacing(16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 16, 48, 16);
    layout->addWidget(m_welcome);
    layout->addSpacing(12);
    layout->addWidget(m_featuredTitle);
    layout->addLayout(m_featuredGrid);
    layout->addStretch();
    layout->addWidget(m_startButton, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addLayout(languageRow);

    connect(m_startButton, &QPushButton::clicked, this, &AttractScreen::startRequested);
    updateTexts();
    refresh();
}

AttractScreen::~AttractScreen() = default;

void AttractScreen::refresh()
{
    auto books = m_catalog.showcase(400);
    QList<Book> candidates;
    if (books) {
        for (const Book &book : std::as_const(*books)) {
            if (QFileInfo::exists(book.coverPath))
                candidates.append(book);
        }
    }
    m_featured.clear();
    for (int i = 0; i < FeaturedCount && i < candidates.size(); ++i)
        m_featured.append(candidates.at((m_rotation + i * 7) % candidates.size()));
    m_rotation += FeaturedCount;

    while (QLayoutItem *item = m_featuredGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int columns = FeaturedCount / 2;
    for (int i = 0; i < m_featured.size(); ++i) {
        const Book &book = m_featured.at(i);
        auto *tile = new QWidget(this);
        tile->setObjectName(QStringLiteral("featured_") + book.isbn13);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(0, 0, 0, 0);
        auto *cover = new QLabel(tile);
        cover->setObjectName(QStringLiteral("featuredCover"));
        cover->setPixmap(QPixmap(book.coverPath)
                             .scaled(100, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        cover->setAlignment(Qt::AlignCenter);
        cover->setAccessibleName(book.title);
        auto *caption = new QLabel(book.title, tile);
        caption->setObjectName(QStringLiteral("featuredCaption"));
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        caption->setMaximumWidth(200);
        tileLayout->addWidget(cover);
        tileLayout->addWidget(caption);
        m_featuredGrid->addWidget(tile, i / columns, i % columns);
    }
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    // Anywhere on the screen (a cover, the welcome) starts, like the button.
    Q_EMIT startRequested();
    QWidget::mouseReleaseEvent(event);
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void AttractScreen::updateTexts()
{
    setAccessibleName(tr("Welcome screen"));
    m_welcome->setText(tr("Welcome to %1").arg(m_storeName));
    m_featuredTitle->setText(tr("Featured classics"));
    m_startButton->setText(tr("Touch to start"));
    m_startButton->setAccessibleName(tr("Touch to start"));
    m_languageLabel->setText(tr("Language:"));
}

} // namespace quire

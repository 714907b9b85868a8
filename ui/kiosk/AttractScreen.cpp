#include "kiosk/AttractScreen.h"

#include "catalog/CatalogSearch.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

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
    , m_modesLabel(new QLabel(this))
    , m_largeTextButton(new QPushButton(this))
    , m_contrastButton(new QPushButton(this))
    , m_speechButton(new QPushButton(this))
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
        // At least as wide as the name: a minimum width would let the row
        // squeeze "Français" below its text.
        button->setMinimumHeight(64);
        connect(button, &QPushButton::clicked, this,
                [this, localeName] { Q_EMIT languageRequested(localeName); });
        languageRow->addWidget(button);
        m_languageButtons.append(button);
    }
    languageRow->addStretch();

    m_modesLabel->setObjectName(QStringLiteral("modesLabel"));
    m_largeTextButton->setObjectName(QStringLiteral("largeTextButton"));
    m_contrastButton->setObjectName(QStringLiteral("highContrastButton"));
    m_speechButton->setObjectName(QStringLiteral("speechButton"));
    auto *modesRow = new QHBoxLayout;
    modesRow->addStretch();
    modesRow->addWidget(m_modesLabel);
    for (QPushButton *button : {m_largeTextButton, m_contrastButton, m_speechButton}) {
        button->setCheckable(true);
        button->setMinimumHeight(64);
        modesRow->addWidget(button);
    }
    modesRow->addStretch();
    connect(m_largeTextButton, &QPushButton::toggled, this, &AttractScreen::largeTextToggled);
    connect(m_contrastButton, &QPushButton::toggled, this, &AttractScreen::highContrastToggled);
    connect(m_speechButton, &QPushButton::toggled, this, &AttractScreen::speechToggled);

    m_featuredGrid->setSpacing(16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addWidget(m_welcome);
    layout->addSpacing(12);
    layout->addWidget(m_featuredTitle);
    layout->addLayout(m_featuredGrid);
    layout->addStretch();
    layout->addWidget(m_startButton, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    // One row of choices at the usual size, languages above the switches
    // with large text (setLargeTextLayout).
    m_languageRow = languageRow;
    m_modesRow = modesRow;
    m_choices = new QBoxLayout(QBoxLayout::LeftToRight);
    m_choices->addLayout(languageRow);
    m_choices->addLayout(modesRow);
    layout->addLayout(m_choices);
    m_modesLabel->hide();

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
    const int count = m_largeTextLayout ? 0 : FeaturedCount;
    for (int i = 0; i < count && i < candidates.size(); ++i)
        m_featured.append(candidates.at((m_rotation + i * 7) % candidates.size()));
    m_rotation += FeaturedCount;

    while (QLayoutItem *item = m_featuredGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int columns = FeaturedCount;
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

void AttractScreen::setLargeTextLayout(bool on)
{
    if (on == m_largeTextLayout)
        return;
    m_largeTextLayout = on;
    m_featuredTitle->setVisible(!on);
    m_modesLabel->setVisible(on);
    updateChoicesDirection();
    m_rotation = std::max(0, m_rotation - FeaturedCount); // the same books again when back
    refresh();
}

void AttractScreen::showModes(bool largeText, bool highContrast, bool speech)
{
    const QSignalBlocker blockLarge(m_largeTextButton);
    const QSignalBlocker blockContrast(m_contrastButton);
    const QSignalBlocker blockSpeech(m_speechButton);
    m_largeTextButton->setChecked(largeText);
    m_contrastButton->setChecked(highContrast);
    m_speechButton->setChecked(speech);
}

void AttractScreen::updateChoicesDirection()
{
    // The languages above the switches with large text, and whenever one
    // row of them is wider than the screen (German at 1024 px).
    if (!m_choices || !layout())
        return;
    // The rows' cached sizes are stale right after a language change.
    m_languageRow->invalidate();
    m_modesRow->invalidate();
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    const int oneRow = m_languageRow->minimumSize().width() + m_choices->spacing()
                       + m_modesRow->minimumSize().width();
    const bool stacked = m_largeTextLayout || oneRow > available;
    m_choices->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void AttractScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateChoicesDirection();
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    // Anywhere on the screen (a cover, the welcome) starts, like the button.
    Q_EMIT startRequested();
    QWidget::mouseReleaseEvent(event);
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
        updateChoicesDirection();
    }
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
    m_modesLabel->setText(tr("Easier to use:"));
    m_largeTextButton->setText(tr("Large text"));
    m_largeTextButton->setAccessibleName(tr("Large text"));
    m_contrastButton->setText(tr("High contrast"));
    m_contrastButton->setAccessibleName(tr("High contrast"));
    m_speechButton->setText(tr("Speech"));
    m_speechButton->setAccessibleName(tr("Speech on headphones"));
    m_speechButton->setAccessibleDescription(
        tr("Plug headphones into the jack below the screen. F2 also turns speech on and off."));
}

} // namespace quire

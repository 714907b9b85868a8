#include "catalog/CatalogPage.h"

#include "CartModel.h"
#include "CatalogModel.h"
#include "TabOrder.h"
#include "catalog/Isbn.h"
#include "catalog/ProductCode.h"
#include "catalog/QuickSaleBar.h"
#include "ui_CatalogPage.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace quire {

CatalogPage::CatalogPage(CatalogModel *catalog, CartModel *cart, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CatalogPage>())
    , m_catalog(catalog)
    , m_cart(cart)
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_catalog);
    // Rows tall enough to tap.
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(44);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(CatalogModel::TitleColumn,
                                                                QHeaderView::Stretch);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_catalog->setSearchText(m_ui->searchField->text()); });

    connect(m_ui->scanField, &QLineEdit::returnPressed, this, &CatalogPage::onScanSubmitted);
    connect(m_ui->searchField, &QLineEdit::textEdited, this, &CatalogPage::onSearchEdited);
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &CatalogPage::onSearchSubmitted);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CatalogPage::onAddClicked);
    connect(m_ui->resultsView, &QAbstractItemView::activated, this, &CatalogPage::onAddClicked);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogPage::onSelectionChanged);
    connect(m_catalog, &QAbstractItemModel::modelReset, this, &CatalogPage::onSelectionChanged);
    connect(m_catalog, &CatalogModel::searchFinished, this, [this](int rows) {
        if (!m_catalog->lastError().isEmpty())
            showProblem(tr("The search failed: %1").arg(m_catalog->lastError()));
        else if (rows == 0 && !m_catalog->searchText().trimmed().isEmpty())
            showInfo(tr("No book matches \u201c%1\u201d.").arg(m_catalog->searchText()));
        else
            showInfo(QString());
    });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });
    auto *scanShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    connect(scanShortcut, &QShortcut::activated, this, &CatalogPage::focusScanField);
}

CatalogPage::~CatalogPage() = default;

void CatalogPage::focusScanField()
{
    m_ui->scanField->setFocus(Qt::ShortcutFocusReason);
    m_ui->scanField->selectAll();
}

void CatalogPage::showEvent(QShowEvent *event)
{
    // Scan, then the quick-sale keys, then the search.
    QList<QWidget *> order{m_ui->scanField};
    if (m_quickSale) {
        for (QPushButton *key : m_quickSale->keyButtons())
            order.append(key);
    }
    order << m_ui->searchField << m_ui->resultsView << m_ui->addButton;
    TabOrder::apply(order);
    QWidget::showEvent(event);
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void CatalogPage::refreshResults()
{
    m_catalog->setSearchText(m_ui->searchField->text());
}

void CatalogPage::setQuickSaleBar(QuickSaleBar *bar)
{
    delete m_quickSale;
    m_quickSale = bar;
    if (!bar)
        return;
    // Under the scan row: the keys are the other quick way into the cart.
    m_ui->pageLayout->insertWidget(1, bar);
    connect(bar, &QuickSaleBar::addRefused, this, &CatalogPage::showProblem);
    connect(bar, &QuickSaleBar::itemAdded, this, [this](int row, const QString &code) {
        const CartLine &line = m_cart->line(row);
        showInfo(line.quantity == 1
                     ? tr("Added \u201c%1\u201d at %2.").arg(line.title, line.unitPrice.toString())
                     : tr("Added \u201c%1\u201d at %2 (%3 in the cart).")
                           .arg(line.title, line.unitPrice.toString())
                           .arg(line.quantity));
        Q_EMIT bookAddedToCart(code);
        focusScanField();
    });
}

void CatalogPage::onScanSubmitted()
{
    const QString scanned = m_ui->scanField->text().trimmed();
    m_ui->scanField->clear(); // ready for the next scan, whatever happens
    if (scanned.isEmpty())
        return;
    // A scanner sends an EAN-13 or a UPC-A; a person may type an ISBN with
    // hyphens, an ISBN-10 or a short store code.
    const auto code = ProductCode::parse(scanned);
    if (!code) {
        showProblem(code.error().message);
        return;
    }
    addToCart(code->ean13());
}

void CatalogPage::onSearchEdited()
{
    m_searchDelay.start();
}

void CatalogPage::onSearchSubmitted()
{
    const QString text = m_ui->searchField->text();
    // A scanner that typed into the search field still adds the book.
    if (Isbn::looksLikeIsbn(text)) {
        if (const auto code = ProductCode::parse(text); code.ok()) {
            m_searchDelay.stop();
            m_ui->searchField->clear();
            addToCart(code->ean13());
            return;
        }
    }
    m_searchDelay.stop();
    m_catalog->setSearchText(text);
    if (m_catalog->rowCount() > 0) {
        m_ui->resultsView->setFocus(Qt::OtherFocusReason);
        m_ui->resultsView->selectRow(0);
    }
}

void CatalogPage::onAddClicked()
{
    const QModelIndexList selected = m_ui->resultsView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    addToCart(selected.first().data(CatalogModel::IsbnRole).toString());
}

void CatalogPage::onSelectionChanged()
{
    m_ui->addButton->setEnabled(m_ui->resultsView->selectionModel()->hasSelection());
}

void CatalogPage::addToCart(const QString &isbn13)
{
    const auto row = m_cart->addIsbn(isbn13);
    if (!row) {
        showProblem(row.error().message);
        return;
    }
    const CartLine &line = m_cart->line(*row);
    showInfo(line.quantity == 1
                 ? tr("Added \u201c%1\u201d.").arg(line.title)
                 : tr("Added \u201c%1\u201d (%2 in the cart).").arg(line.title).arg(line.quantity));
    Q_EMIT bookAddedToCart(isbn13);
}

void CatalogPage::showProblem(const QString &message)
{
    m_ui->messageLabel->setProperty("problem", true);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
    m_ui->messageLabel->setText(message);
    QApplication::beep();
}

void CatalogPage::showInfo(const QString &message)
{
    m_ui->messageLabel->setProperty("problem", false);
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(message);
}

} // namespace quire

#include "catalog/CartPage.h"

#include "CartModel.h"
#include "TabOrder.h"
#include "ui_CartPage.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

namespace quire {

CartPage::CartPage(CartModel *cart, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CartPage>())
    , m_cart(cart)
{
    m_ui->setupUi(this);
    m_ui->linesView->setModel(m_cart);
    m_ui->linesView->verticalHeader()->setDefaultSectionSize(44);
    m_ui->linesView->verticalHeader()->hide();
    m_ui->linesView->horizontalHeader()->setSectionResizeMode(CartModel::TitleColumn,
                                                              QHeaderView::Stretch);

    connect(m_ui->increaseButton, &QPushButton::clicked, this, &CartPage::onIncreaseClicked);
    connect(m_ui->decreaseButton, &QPushButton::clicked, this, &CartPage::onDecreaseClicked);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CartPage::onRemoveClicked);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &CartPage::onClearClicked);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &CartPage::onConfirmClicked);

    const auto cartChanged = [this] {
        m_problem.clear();
        updateState();
    };
    connect(m_cart, &CartModel::totalChanged, this, cartChanged);
    connect(m_cart, &QAbstractItemModel::modelReset, this, cartChanged);
    connect(m_cart, &CartModel::changeRefused, this, &CartPage::showProblem);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CartPage::updateState);
    // A new line is selected so +/- act on what was just scanned.
    connect(m_cart, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { m_ui->linesView->selectRow(last); });

    // Keyboard: + and - on the selected line, Delete removes it.
    const auto addShortcut = [this](const QKeySequence &keys, auto handler) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, handler);
    };
    addShortcut(QKeySequence(Qt::Key_Plus), &CartPage::onIncreaseClicked);
    addShortcut(QKeySequence(Qt::Key_Minus), &CartPage::onDecreaseClicked);
    addShortcut(QKeySequence::Delete, &CartPage::onRemoveClicked);
    // Ctrl+Enter confirms from anywhere in the window while the cart shows
    // (the clerk's focus is usually in the scan field), as Alt+C does.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *confirm = new QShortcut(keys, this);
        confirm->setContext(Qt::WindowShortcut);
        connect(confirm, &QShortcut::activated, this, &CartPage::onConfirmClicked);
    }

    updateState();
}

CartPage::~CartPage() = default;

void CartPage::showEvent(QShowEvent *event)
{
    TabOrder::apply({m_ui->linesView, m_ui->decreaseButton, m_ui->increaseButton,
                     m_ui->removeButton, m_ui->clearButton, m_ui->confirmButton});
    QWidget::showEvent(event);
}

void CartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateState();
    }
    QWidget::changeEvent(event);
}

int CartPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->linesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CartPage::changeQuantityBy(int delta)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const int quantity = m_cart->line(row).quantity + delta;
    if (quantity < 1)
        return; // removing is its own, deliberate button
    if (auto changed = m_cart->setQuantity(row, quantity); !changed)
        showProblem(changed.error().message);
}

void CartPage::onIncreaseClicked()
{
    changeQuantityBy(+1);
}

void CartPage::onDecreaseClicked()
{
    changeQuantityBy(-1);
}

void CartPage::onRemoveClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (auto removed = m_cart->removeLine(row); !removed)
        showProblem(removed.error().message);
}

void CartPage::onClearClicked()
{
    if (auto cleared = m_cart->clear(); !cleared)
        showProblem(cleared.error().message);
}

void CartPage::onConfirmClicked()
{
    if (!m_ui->confirmButton->isEnabled())
        return;
    Q_EMIT orderRequested(m_cart->orderLines());
}

void CartPage::showProblem(const QString &message)
{
    m_problem = message;
    updateState();
    QApplication::beep();
}

void CartPage::updateState()
{
    const bool empty = m_cart->isEmpty();
    const int row = selectedRow();
    m_ui->increaseButton->setEnabled(row >= 0);
    m_ui->decreaseButton->setEnabled(row >= 0 && m_cart->line(row).quantity > 1);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->clearButton->setEnabled(!empty);

    const auto total = m_cart->total();
    if (empty)
        m_ui->totalLabel->setText(tr("Total: \u2014"));
    else if (total)
        m_ui->totalLabel->setText(tr("Total: %1").arg(total->toString(QLocale())));
    else
        m_ui->totalLabel->setText(tr("Total: %1").arg(total.error().message));

    QStringList shortOf;
    for (int i = 0; i < m_cart->rowCount(); ++i) {
        const CartLine &line = m_cart->line(i);
        if (line.exceedsStock())
            shortOf.append(line.stock == 0
                               ? tr("\u201c%1\u201d is out of stock").arg(line.title)
                               : tr("only %n of \u201c%1\u201d in stock", nullptr, line.stock)
                                     .arg(line.title));
    }
    QString message;
    bool problem = true;
    if (!m_problem.isEmpty()) {
        message = m_problem;
    } else if (empty) {
        message = tr("The cart is empty. Scan a book or search the catalog.");
        problem = false;
    } else if (!shortOf.isEmpty()) {
        message = tr("Not enough stock: %1. Lower the quantity or remove the line.")
                      .arg(shortOf.join(QStringLiteral("; ")));
    } else {
        problem = false;
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b02a37; font-weight: bold;")
                                              : QString());
    m_ui->confirmButton->setEnabled(!empty && shortOf.isEmpty() && total.ok());
}

} // namespace quire

#pragma once

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class CatalogPage;
}

namespace quire {

class CartModel;
class CatalogModel;
class QuickSaleBar;

// Finding books and putting them in the cart. A barcode scanner (a keyboard
// wedge: 13 digits, then Enter) adds the book at once; a bad scan is
// explained and beeps. Typing searches as you type, a moment after the last
// keystroke, a page of results at a time.
class CatalogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    // Neither model is owned; both must outlive the page.
    CatalogPage(CatalogModel *catalog, CartModel *cart, QWidget *parent = nullptr);
    ~CatalogPage() override;

    // Puts the cursor in the scan field, ready for the next barcode.
    void focusScanField();
    // Runs the current search again (the catalog changed underneath).
    void refreshResults();
    // Shows the counter's quick-sale keys under the scan field (the page
    // takes ownership); what they add or refuse is said like a scan's.
    void setQuickSaleBar(QuickSaleBar *bar);
    QuickSaleBar *quickSaleBar() const { return m_quickSale; }

    // How long typing must pause before a search runs.
    static constexpr int SearchDelayMs = 250;

Q_SIGNALS:
    void bookAddedToCart(const QString &isbn13);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onScanSubmitted();
    void onSearchSubmitted();
    void onSearchEdited();
    void onAddClicked();
    void onSelectionChanged();
    void addToCart(const QString &isbn13);
    void showProblem(const QString &message);
    void showInfo(const QString &message);

    std::unique_ptr<Ui::CatalogPage> m_ui;
    CatalogModel *m_catalog;
    CartModel *m_cart;
    QTimer m_searchDelay;
    QuickSaleBar *m_quickSale = nullptr;
};

} // namespace quire

#pragma once

#include "services/RefundRequest.h"
#include "services/RefundableOrder.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace quire {

// The lines of a paid order on the refund screen: what was bought, how many
// copies can still be refunded, and how many to refund now. The title is
// checkable (refund every copy left of that line) and the refund column is
// editable (a number of copies, 0 to what is left); lines with nothing left
// are read-only.
class RefundLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundLinesModel)

public:
    enum Column {
        TitleColumn,
        BoughtColumn,
        RefundableColumn,
        RefundColumn,
        UnitPriceColumn,
        AmountColumn,
        ColumnCount
    };

    explicit RefundLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOrder(const RefundableOrder &order);
    void clear();
    void setLocale(const QLocale &locale);

    // Chooses every copy still refundable (or none).
    void chooseAll(bool all);
    // The copies chosen, for RefundService::requestRefund().
    QList<RefundLineRequest> chosenLines() const;
    qint64 chosenMinor() const;
    QString chosenText() const;
    bool hasChoice() const { return chosenMinor() > 0 || chosenCopies() > 0; }

Q_SIGNALS:
    void choiceChanged();

private:
    int chosenCopies() const;
    void setChosen(int row, int quantity);

    qint64 chosenMinorOf(int row) const;

    QList<RefundableLine> m_lines;
    QList<int> m_chosen;
    QString m_currency;
    QLocale m_locale;
};

} // namespace quire

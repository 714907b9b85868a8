#pragma once

#include <QObject>

class QAbstractItemModel;

namespace quire {

// Item models are not widgets, so no LanguageChange reaches them. This child
// of a model watches the application for one and tells the views that every
// header and cell has new text (translated words, money and dates in the new
// locale).
class ModelTextRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTextRefresh)

public:
    explicit ModelTextRefresh(QAbstractItemModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QAbstractItemModel *m_model;
};

} // namespace quire

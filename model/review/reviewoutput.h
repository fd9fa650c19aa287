// The review as text (the CLI's `review`), JSON (`review --json`) and a self-contained HTML page
// (`review --html`, the window's "Save Report as HTML…"). docs/cli.md describes the JSON; docs/review.md
// the report.
#pragma once

#include "reviewmodel.h"

#include <QByteArray>
#include <QString>

namespace ipsec::review {

QString describeReport(const ReviewReport &report);
QByteArray reportToJson(const ReviewReport &report);
// One HTML file with inline CSS and an inline sorting script, nothing loaded from elsewhere; every text that
// comes from the reviewed files is HTML-escaped.
QByteArray reportToHtml(const ReviewReport &report);

// The severity counts of all findings: "2 errors, 5 warnings, 30 notes".
QString findingsSummary(const ReviewReport &report);

} // namespace ipsec::review

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/ruleast.h"

namespace cwb {

// Parses segmentation rule text into an AST (hand-written lexer and recursive descent).
// Grammar, loosest binding first; keywords are case-insensitive:
//   rule      := or
//   or        := and { OR and }
//   and       := not { AND not }
//   not       := NOT not | predicate
//   predicate := sum [ cmp sum | [NOT] IN ( or {, or} ) | [NOT] BETWEEN sum AND sum
//                     | [NOT] CONTAINS sum | [NOT] STARTS WITH sum | IS [NOT] NULL ]
//   sum       := product { (+|-) product }
//   product   := unary { (*|/) unary }
//   unary     := - unary | primary
//   primary   := number | "string" | true | false | today | ( or ) | function ( args )
//                | field | `field` | tag:NAME | segment:"NAME"
// Throws RuleError with the line, column and what was expected.
RulePtr parseRule(const QString &text);

// The functions the language knows (lower case).
const QStringList &ruleFunctions();

} // namespace cwb

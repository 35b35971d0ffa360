// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cwb {

// The language of what the engine writes for people to read: call lists, call scripts and
// sheets, reports.
enum class Language
{
    Chinese,
    English
};

} // namespace cwb

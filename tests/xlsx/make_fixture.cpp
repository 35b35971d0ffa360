// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the committed fixture tests/data/xlsx_basic/customers.xlsx (see customersfixture.h).
// Usage: make_fixture <output.xlsx>
#include "customersfixture.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <output.xlsx>\n", argv[0]);
        return 2;
    }
    if (!cwb::test::writeCustomersWorkbook(argv[1])) {
        std::fprintf(stderr, "libxlsxwriter could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}

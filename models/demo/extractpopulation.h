// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixed tables behind the synthetic customer extract (models/demo/extractgenerator.cpp):
// column headers, name lists, grids, products and the latent customer types with their
// parameters. Described in docs/demo-data.md; keep that file true when changing anything here.
// Internal to the generator: include it from extractgenerator.cpp only.

#include <array>
#include <string_view>

namespace cwb::extractdata {

inline constexpr std::array<const char *, 38> kHeaders = {
    "客户ID",          "客户名称",         "品牌",
    "产品组合",        "入网时间",         "营销网格",
    "客户经理",        "第一联系电话",     "第二联系电话",
    "第三联系电话",    "总费用_M1",        "总费用_M2",
    "总费用_M3",       "本地通话费_M1",    "本地通话费_M2",
    "本地通话费_M3",   "长途费_M1",        "长途费_M2",
    "长途费_M3",       "漫游费_M1",        "宽带费_M1",
    "固话费_M1",       "近三月平均总费用", "本地通话分钟_M1",
    "本地通话分钟_M2", "本地通话分钟_M3",  "长途通话分钟_M1",
    "长途通话分钟_M2", "长途通话分钟_M3",  "漫游通话分钟_M1",
    "上网流量MB_M1",   "上网流量MB_M2",    "上网流量MB_M3",
    "宽带速率",        "协议到期",         "近三月投诉次数",
    "近三月欠费次数",  "拒绝营销"};

inline constexpr int kFeeColumns = 13; // 总费用_M1 .. 近三月平均总费用, in file order

inline constexpr std::array<std::string_view, 101> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",   "徐",  "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐",   "许",  "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",   "余",  "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟",   "谭",  "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟",   "熊",  "秦", "邱", "江", "尹",
    "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",   "顾",  "毛", "郝", "龚", "邵",
    "万", "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "诸葛"};

inline constexpr std::array<std::string_view, 96> kGivenChars = {
    "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "兰", "霞", "平", "刚", "桂", "华", "建", "国", "文", "辉", "玲", "红", "梅",
    "鑫", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "欣", "佳", "雪", "琳",
    "晨", "婷", "倩", "颖", "鹏", "飞", "斌", "波", "宏", "志", "海", "峰", "兵", "亮", "春", "燕",
    "丹", "萍", "莉", "慧", "琴", "云", "洁", "蕾", "晶", "瑶", "怡", "嘉", "轩", "博", "睿", "泽",
    "昊", "子", "雨", "思", "梓", "涵", "诗", "一", "可", "卫", "东", "玉", "金", "荣", "成", "德"};

// A district of the branch and how many marketing grids (营销网格) it has.
struct District
{
    std::string_view name;
    int grids;
};
inline constexpr std::array<District, 8> kDistricts = {{{"城东", 8},
                                                        {"城西", 7},
                                                        {"城南", 6},
                                                        {"城北", 6},
                                                        {"城中", 4},
                                                        {"开发区", 5},
                                                        {"滨江", 4},
                                                        {"北郊", 3}}};
inline constexpr int kManagers = 30;

inline constexpr std::array<std::string_view, 4> kBrands = {"天翼", "我的e家", "商务领航", "其他"};

// A product mix (产品组合) and what it contains.
struct Combo
{
    std::string_view name;
    bool fixed, broadband, mobile;
};
inline constexpr std::array<Combo, 5> kCombos = {{{"固话+宽带", true, true, false},
                                                  {"固话+宽带+移动", true, true, true},
                                                  {"移动", false, false, true},
                                                  {"宽带", false, true, false},
                                                  {"固话", true, false, false}}};

inline constexpr std::array<int, 5> kSpeeds = {100, 200, 300, 500, 1000};
inline constexpr std::array<int, 5> kSpeedFeeYuan = {40, 60, 80, 100, 150};

// Latent customer types (not written to the file): the segments a clustering should find.
enum Type
{
    Mature,
    LongDistance,
    Family,
    Churner,
    Prepaid,
    HighEnd,
    Broadband,
    TypeCount
};

// The parameters of one latent type (shares and ranges are drawn uniformly unless noted).
struct TypeProfile
{
    double share;
    std::array<double, 5> combo;     // weights over kCombos
    std::array<double, 4> brand;     // weights over kBrands
    std::array<double, 5> speed;     // weights over kSpeeds (when broadband)
    double arpuLo, arpuMode, arpuHi; // triangular, yuan per month (churners: level of M3)
    double localLo, localHi;         // local-call share of the non-recurring part
    double ldLo, ldHi;               // long-distance share (LongDistance: of the whole ARPU)
    double roamLo, roamHi;           // roaming share
    double dataLo, dataHi;           // mobile data MB per month
    int joinFrom, joinTo;            // join years
};

// clang-format off
inline constexpr std::array<TypeProfile, TypeCount> kTypes = {{
    // Mature: mobile-centred, moderate spend, long tenure.
    {0.20, {0.10, 0.30, 0.55, 0.0, 0.05}, {0.60, 0.25, 0.05, 0.10}, {0.35, 0.35, 0.20, 0.10, 0.0},
     50, 100, 180,  0.30, 0.50,  0.05, 0.15,  0.00, 0.08,  2000, 15000,  2005, 2022},
    // Traditional long-distance lovers: ARPU ~255, long distance ~51% of it.
    {0.08, {0.10, 0.20, 0.40, 0.0, 0.30}, {0.45, 0.15, 0.10, 0.30}, {0.35, 0.35, 0.20, 0.10, 0.0},
     150, 250, 380,  0.10, 0.25,  0.45, 0.57,  0.00, 0.05,  300, 3000,  2005, 2016},
    // Typical family: fixed + broadband (+ mobile) bundle under 我的e家.
    {0.22, {0.40, 0.60, 0.0, 0.0, 0.0}, {0.10, 0.85, 0.0, 0.05}, {0.20, 0.35, 0.25, 0.15, 0.05},
     90, 150, 240,  0.25, 0.45,  0.03, 0.10,  0.00, 0.05,  3000, 20000,  2008, 2026},
    // Likely churners: usage falling from M3 to M1, complaints, contracts ending soon.
    {0.10, {0.15, 0.20, 0.45, 0.10, 0.10}, {0.45, 0.30, 0.05, 0.20}, {0.35, 0.35, 0.20, 0.10, 0.0},
     60, 120, 260,  0.30, 0.50,  0.05, 0.20,  0.00, 0.06,  1000, 10000,  2008, 2025},
    // Prepaid-like low value: mobile only, no contract.
    {0.17, {0.0, 0.0, 0.90, 0.0, 0.10}, {0.70, 0.0, 0.0, 0.30}, {1, 0, 0, 0, 0},
     8, 25, 55,  0.45, 0.75,  0.02, 0.10,  0.00, 0.03,  100, 1500,  2018, 2026},
    // High-end: business brand, roaming, heavy data; some bills above 1,000 yuan.
    {0.05, {0.05, 0.55, 0.40, 0.0, 0.0}, {0.35, 0.10, 0.55, 0.0}, {0.0, 0.0, 0.20, 0.40, 0.40},
     280, 450, 1600,  0.20, 0.35,  0.10, 0.20,  0.10, 0.30,  10000, 60000,  2005, 2020},
    // Broadband only: no voice, no mobile data.
    {0.18, {0.0, 0.0, 0.0, 1.0, 0.0}, {0.0, 0.60, 0.0, 0.40}, {0.30, 0.35, 0.20, 0.10, 0.05},
     45, 80, 150,  0, 0,  0, 0,  0, 0,  0, 0,  2008, 2026},
}};
// clang-format on

} // namespace cwb::extractdata

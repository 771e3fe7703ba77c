// What an import of 100k rows x 20 columns costs to parse, and what a list export of that size
// costs to write (the HTTP layer streams the writers' chunks as they come).
#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "platform/tabular/csv_reader.hpp"
#include "platform/tabular/csv_writer.hpp"
#include "platform/tabular/xlsx_reader.hpp"
#include "platform/tabular/xlsx_writer.hpp"

namespace attache::tabular {
namespace {

constexpr int kRows = 100'000;
constexpr int kColumns = 20;

// Company-like rows: names with quotes, ИНН, phones, addresses, free text.
std::vector<std::string> SampleRow(int i) {
  std::vector<std::string> cells;
  cells.push_back("ООО \"Компания " + std::to_string(i) + "\"");
  cells.push_back(std::to_string(7700000000LL + i));
  cells.push_back("+7 (495) " + std::to_string(1000000 + i));
  cells.push_back("г. Москва, ул. Льва Толстого, д. " + std::to_string(i % 200));
  while (static_cast<int>(cells.size()) < kColumns) {
    cells.push_back(cells.size() % 3 == 0 ? "Разработка программного обеспечения; экспорт"
                                          : std::to_string(i * static_cast<int>(cells.size())));
  }
  return cells;
}

std::vector<std::string> SampleHeader() {
  std::vector<std::string> header;
  for (int c = 0; c < kColumns; ++c) header.push_back("Колонка " + std::to_string(c + 1));
  return header;
}

template <class Write>
std::string Collect(Write write) {
  std::string bytes;
  write([&bytes](std::string_view chunk) -> Status {
    bytes.append(chunk);
    return {};
  });
  return bytes;
}

std::string WriteCsv() {
  return Collect([](Sink sink) {
    CsvWriter writer(std::move(sink));
    (void)writer.WriteHeader(SampleHeader());
    for (int i = 0; i < kRows; ++i) (void)writer.WriteRow(SampleRow(i));
    (void)writer.Finish();
  });
}

const std::string& SampleCsv() {
  static const std::string csv = WriteCsv();
  return csv;
}

std::string WriteXlsx() {
  return Collect([](Sink sink) {
    XlsxOptions options;
    options.temp_dir = std::filesystem::temp_directory_path();
    auto writer = XlsxWriter::Create(options, std::move(sink));
    if (!writer) return;
    (void)(*writer)->WriteHeader(SampleHeader());
    for (int i = 0; i < kRows; ++i) (void)(*writer)->WriteRow(SampleRow(i));
    (void)(*writer)->Finish();
  });
}

const std::string& SampleXlsx() {
  static const std::string xlsx = WriteXlsx();
  return xlsx;
}

// The same rows as Excel saves them: text in the shared-strings part, numbers as numbers, which
// makes the worksheet half the size of our constant-memory export's inline strings.
const std::string& ExcelStyleXlsx() {
  static const std::string xlsx = [] {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "attache-bench.xlsx";
    lxw_workbook* workbook = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    const auto header = SampleHeader();
    for (lxw_col_t c = 0; c < kColumns; ++c)
      worksheet_write_string(sheet, 0, c, header[c].c_str(), nullptr);
    for (int i = 0; i < kRows; ++i) {
      const auto row = SampleRow(i);
      for (lxw_col_t c = 0; c < kColumns; ++c) {
        const auto r = static_cast<lxw_row_t>(i + 1);
        if (c >= 4 && c % 3 != 0) {
          worksheet_write_number(sheet, r, c, std::stod(row[c]), nullptr);
        } else {
          worksheet_write_string(sheet, r, c, row[c].c_str(), nullptr);
        }
      }
    }
    workbook_close(workbook);
    std::ifstream file(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::filesystem::remove(path);
    return bytes;
  }();
  return xlsx;
}

void BM_ReadCsv100k(benchmark::State& state) {
  const std::string& csv = SampleCsv();
  for (auto _ : state) {
    auto table = ReadCsv(csv);
    if (!table || table->rows.size() != kRows) state.SkipWithError("unexpected table");
    benchmark::DoNotOptimize(table);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(BM_ReadCsv100k)->Unit(benchmark::kMillisecond);

void BM_WriteCsv100k(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(WriteCsv());
}
BENCHMARK(BM_WriteCsv100k)->Unit(benchmark::kMillisecond);

void BM_WriteXlsx100k(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    bytes = WriteXlsx().size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_WriteXlsx100k)->Unit(benchmark::kMillisecond);

void BM_ReadXlsx100k(benchmark::State& state) {
  const std::string& xlsx = SampleXlsx();
  for (auto _ : state) {
    auto table = ReadXlsx(xlsx);
    if (!table || table->rows.size() != kRows) state.SkipWithError("unexpected table");
    benchmark::DoNotOptimize(table);
  }
}
BENCHMARK(BM_ReadXlsx100k)->Unit(benchmark::kMillisecond);

void BM_ReadExcelStyleXlsx100k(benchmark::State& state) {
  const std::string& xlsx = ExcelStyleXlsx();
  for (auto _ : state) {
    auto table = ReadXlsx(xlsx);
    if (!table || table->rows.size() != kRows) state.SkipWithError("unexpected table");
    benchmark::DoNotOptimize(table);
  }
}
BENCHMARK(BM_ReadExcelStyleXlsx100k)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace attache::tabular

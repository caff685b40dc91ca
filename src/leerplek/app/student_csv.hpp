// Reading a list of students from a CSV file exported from the school's records.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/result.hpp"

namespace leerplek::app {

struct CsvStudentRow {
  int line = 0;  // in the file, 1-based, the header being line 1
  std::string name;
  std::string email;
  std::string student_number;
  std::vector<FieldError> errors;
};

// UTF-8 text (a UTF-8 byte-order mark is allowed), ';' or ',' as separator (whichever the header
// uses), double quotes for fields that contain one. The header names the columns, in any order and
// case: "naam" (or "voornaam" and "familienaam"), "e-mail" (or "email"), optionally "studentennummer".
// Fails as a whole (field "file") when the text is not UTF-8, is empty, or lacks a needed column;
// otherwise gives every data row with the problems found in it (field "name" / "email").
Result<std::vector<CsvStudentRow>> ReadStudentCsv(std::string_view text);

bool IsValidUtf8(std::string_view text);

}  // namespace leerplek::app

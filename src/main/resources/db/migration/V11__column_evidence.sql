-- Why each column of a file was taken for its field (a synonym, the header's words, the values, the profile), in
-- French, shown to analysts and to the network in its feedback workbook: header -> evidence.
alter table source_file
    add column column_evidence        json,
    add column member_column_evidence json;

-- Whether a pole won a State call is unknown when no file says it: null, not an empty list, so that the report
-- says « non renseigné » and never 0. An empty list says that a file answered « non ». Records read before this
-- version keep their empty lists (they are read again as unknown at their next import).
alter table pole_record alter column laureates drop not null, alter column laureates drop default;
alter table pole_year alter column laureates drop not null, alter column laureates drop default;

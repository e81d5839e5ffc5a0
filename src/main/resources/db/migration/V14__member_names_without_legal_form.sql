-- A member organisation is looked up by its name with a legal form before or after it set aside (« SCOP Jugou »,
-- « Jugou », « Jugou SCOP » are one name): the same rule as MemberResolver.withoutLegalForm, which a test holds
-- equal to this function.
create function member_name_core(name_key text) returns text
    language sql immutable strict parallel safe
    as $$
        select regexp_replace(
            regexp_replace(name_key, '^(association|asso|scic|scop|sas|sasu|sarl|sa|eurl|gie) ', ''),
            ' (association|asso|scic|scop|sas|sasu|sarl|sa|eurl|gie)$', '')
    $$;

create index member_name_core on member (member_name_core(name_key));

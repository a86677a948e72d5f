-- SPEC 8: a class is dated within 2000-01-01 .. 2100-12-31 (event-contract ClassDates), the years disnaker's quota can
-- hold; the API refuses other dates first (400). NOT VALID: a class stored before this rule keeps its dates (disnaker
-- rejects its enrollment requests INVALID_REQUEST); every new or changed row is checked.
alter table training_class
    add constraint training_class_dates_in_contract_range
        check (start_date between date '2000-01-01' and date '2100-12-31'
               and end_date between date '2000-01-01' and date '2100-12-31') not valid;

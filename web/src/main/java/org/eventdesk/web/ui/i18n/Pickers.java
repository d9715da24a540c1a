package org.eventdesk.web.ui.i18n;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date pickers in the tab's language. Vaadin formats the typed date by the tab's locale on its own, but its calendar
 * (month and day names, "Today", "Cancel") is English unless given its words; a Ukrainian calendar also starts its
 * weeks on Monday.
 */
public final class Pickers {
    private Pickers() {}

    public static DatePicker localized(DatePicker picker) {
        calendar().ifPresent(picker::setI18n);
        return picker;
    }

    public static DateTimePicker localized(DateTimePicker picker) {
        calendar().ifPresent(picker::setDatePickerI18n);
        return picker;
    }

    /** The calendar's words for a language other than English (whose words the component has already). */
    static java.util.Optional<DatePicker.DatePickerI18n> calendar() {
        Locale language = Texts.locale();
        if (language.equals(Texts.ENGLISH)) {
            return java.util.Optional.empty();
        }
        DatePicker.DatePickerI18n words = new DatePicker.DatePickerI18n();
        words.setMonthNames(Stream.of(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, language))
                .toList());
        // The component counts its week days from Sunday.
        List<DayOfWeek> fromSunday = Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Stream.of(DayOfWeek.values()).limit(6))
                .toList();
        words.setWeekdays(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, language))
                .toList());
        words.setWeekdaysShort(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, language))
                .toList());
        words.setFirstDayOfWeek(1);
        words.setToday(t("desk.picker.today"));
        words.setCancel(t("desk.picker.cancel"));
        return java.util.Optional.of(words);
    }
}

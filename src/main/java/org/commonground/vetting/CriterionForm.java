package org.commonground.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a vetting criterion. */
public class CriterionForm {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @NotBlank(message = "Enter the criterion's name.")
    @Size(max = NAME_MAX, message = "The name can be at most " + NAME_MAX + " characters.")
    private String name;

    @Size(max = DESCRIPTION_MAX, message = "The description can be at most " + DESCRIPTION_MAX + " characters.")
    private String description;

    private long version;

    public static CriterionForm of(String name, String description) {
        CriterionForm form = new CriterionForm();
        form.name = name;
        form.description = description;
        return form;
    }

    public static CriterionForm of(CriterionSummary criterion) {
        CriterionForm form = of(criterion.name(), criterion.description());
        form.version = criterion.version();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

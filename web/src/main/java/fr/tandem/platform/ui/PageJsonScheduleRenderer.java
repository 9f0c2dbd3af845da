package fr.tandem.platform.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.primefaces.component.schedule.Schedule;
import org.primefaces.component.schedule.ScheduleRenderer;
import org.primefaces.model.ScheduleModel;

/**
 * PrimeFaces' calendar, whose events go through {@link PageJson}: PrimeFaces sends them as JSON
 * inside the CDATA section of an Ajax answer, which a title holding {@code ]]>} would end (the
 * calendar then shows nothing). Registered for every {@code p:schedule} in faces-config.xml.
 */
public class PageJsonScheduleRenderer extends ScheduleRenderer {

    @Override
    protected void encodeEventsAsJSON(FacesContext context, Schedule schedule, ScheduleModel model) throws IOException {
        ResponseWriter page = context.getResponseWriter();
        StringWriter json = new StringWriter();
        context.setResponseWriter(page.cloneWithWriter(json));
        try {
            super.encodeEventsAsJSON(context, schedule, model);
        } finally {
            context.setResponseWriter(page);
        }
        page.write(PageJson.escape(json.toString()));
    }
}

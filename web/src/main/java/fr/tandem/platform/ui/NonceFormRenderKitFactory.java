package fr.tandem.platform.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * Every Faces form carries the page's nonce in a hidden field, written with the form. In its nonce
 * mode (web.xml), PrimeFaces checks that a form's post carries the nonce of the view it was
 * rendered in, and refuses the post otherwise; its script adds the field once the page runs, so a
 * post sent without that script (a form posted by a program, a browser with scripts turned off) was
 * refused with an error page of its own broken by the same check. Written by the server, the field
 * is there in any case; PrimeFaces' script only sets its value again. Registered in faces-config.xml.
 */
public class NonceFormRenderKitFactory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public NonceFormRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(kit, NonceFormRenderKit::new);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** A render kit whose form renderer writes the nonce field. */
    static final class NonceFormRenderKit extends RenderKitWrapper {

        private final Map<Renderer, Renderer> forms = new ConcurrentHashMap<>();

        NonceFormRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            return renderer != null && UIForm.COMPONENT_FAMILY.equals(family)
                    ? forms.computeIfAbsent(renderer, NonceFormRenderer::new) : renderer;
        }
    }

    /** Writes the hidden nonce field at the end of the form, when PrimeFaces' nonce mode is on. */
    static final class NonceFormRenderer extends RendererWrapper {

        NonceFormRenderer(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
            if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
                writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
                writer.endElement("input");
            }
            super.encodeEnd(context, form);
        }
    }
}

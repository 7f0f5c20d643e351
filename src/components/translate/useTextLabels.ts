/** What to call a translatable text in the UI: "Profilens titel", "Element i Viden" … */
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import type { TextItem } from '../../domain/translate';

export function useTextLabels(profile: Profile, lang: string) {
  const { t } = useTranslation();
  const categoryName = (id: string | undefined) => {
    const category = profile.categories.find((c) => c.id === id);
    return category ? textIn(category.name, lang).text : '';
  };
  return (item: Pick<TextItem, 'ref' | 'categoryId'>): string => {
    switch (item.ref.kind) {
      case 'title':
        return t('translate.kind.title');
      case 'role':
        return t('translate.kind.role');
      case 'categoryName':
        return t('translate.kind.category');
      case 'categoryHint':
        return t('translate.kind.hint', { category: categoryName(item.categoryId) });
      case 'element':
        return t('translate.kind.element', { category: categoryName(item.categoryId) });
    }
  };
}
